import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
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
        <Table caption={`${questions.length === 1 ? "1 question" : `${questions.length} questions`} from your interviews, weakest first`} wide>
          <TableHead>
            <ColumnHeader>Question</ColumnHeader>
            <ColumnHeader>How it went</ColumnHeader>
            <ColumnHeader>Interview</ColumnHeader>
            <ColumnHeader>Date</ColumnHeader>
          </TableHead>
          <TableBody>
            {questions.map((item) => (
              <TableRow key={item.id}>
                <RowHeader label="Question">
                  <span className="block font-semibold">{item.question}</span>
                  {item.notes ? <span className="mt-1 block whitespace-pre-line text-sm text-muted">{item.notes}</span> : null}
                </RowHeader>
                <Cell label="How it went">
                  <Badge tone={howItWentTone(item.howItWent)}>
                    {item.howItWent} of 5: {howItWentLabels[item.howItWent]}
                  </Badge>
                </Cell>
                <Cell label="Interview">
                  <Link href={`/portal/interviews/${item.interviewId}`}>
                    {item.company}, {item.role}
                  </Link>
                </Cell>
                <Cell label="Date" nowrap>
                  {formatDate(item.startsAt, item.timeZone)}
                </Cell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

/** The weak answers stand out to practise first; the colour repeats the score and its word. */
function howItWentTone(score: number): BadgeTone {
  return score <= 2 ? "warning" : score >= 4 ? "success" : "neutral";
}
