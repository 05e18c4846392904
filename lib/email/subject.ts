// A subject is one header line. A line break in it (from a company name or a note's subject a
// person typed) could start a header of its own in any transport that writes raw headers, so
// every subject is made one line, with each break becoming a space, before it is stored or sent.

export function oneLineSubject(subject: string): string {
  return subject.replace(/[ \t]*[\r\n\u2028\u2029\u0085]+[ \t]*/g, " ").trim();
}
