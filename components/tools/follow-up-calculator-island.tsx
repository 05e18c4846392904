import { listEnglandAndWalesBankHolidays } from "@/lib/plans/bank-holidays";
import { LazyFollowUpCalculator } from "./article-islands";

// Worked out at build, so the browser gets a short list of dates instead of date-holidays and every
// country's rules; last year to two years ahead covers any interview a reader is likely to enter.
const currentYear = new Date().getFullYear();
const bankHolidays = listEnglandAndWalesBankHolidays(currentYear - 1, currentYear + 2);

export function FollowUpCalculatorIsland() {
  return <LazyFollowUpCalculator bankHolidays={bankHolidays} />;
}
