import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { formatDate } from "@/lib/domain/format";
import { howItWentLabels } from "@/lib/journey/reflection-schema";
import { listQuestionLibrary } from "@/lib/journey/reflections";

export const metadata: Metadata = { title: "Question library", robots: { index: false } };

export default async function QuestionLibraryPage() {
  const user = await requireRole(["candidate"], "/portal/questions");
  const questions = await listQuestionLibrary(user);

  return (
    <div>
      <PageHeading
        title="Question library"
        lead="Every question you have noted in your reflections, the ones that tripped you up first. Go through them before your next interview."
      />
      {questions.length === 0 ? (
        <p className="max-w-2xl">
          No questions yet. After an interview, write a reflection from the interview&rsquo;s page and note the questions
          you were asked and how each went: they collect here.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <caption className="mb-2 text-left text-muted">
              {questions.length === 1 ? "1 question" : `${questions.length} questions`} from your interviews, weakest first
            </caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">Question</th>
                <th scope="col" className="py-2 pr-4">How it went</th>
                <th scope="col" className="py-2 pr-4">Interview</th>
                <th scope="col" className="py-2">Date</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((item) => (
                <tr key={item.id} className="border-b border-line align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    <span className="block font-semibold">{item.question}</span>
                    {item.notes ? <span className="mt-1 block whitespace-pre-line text-sm text-muted">{item.notes}</span> : null}
                  </th>
                  <td className="py-3 pr-4 whitespace-nowrap">
                    {item.howItWent} of 5: {howItWentLabels[item.howItWent]}
                  </td>
                  <td className="py-3 pr-4">
                    <Link href={`/portal/interviews/${item.interviewId}`}>
                      {item.company}, {item.role}
                    </Link>
                  </td>
                  <td className="py-3 whitespace-nowrap">{formatDate(item.startsAt, item.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
