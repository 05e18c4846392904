import "server-only";
import type { ApplicationSource, ApplicationStage } from "@/lib/domain/values";

// The raw material of the demo seed. Every person and employer here is
// invented; every address the seed derives from them is @example.com.

/** The first is the demo candidate (candidate@example.com). */
export const candidateNames = [
  "Alex Morgan", "Hannah Clarke", "Oliver Bennett", "Amira Hussain", "James Whitfield",
  "Chloe Davies", "Daniel Okoye", "Emily Harding", "Mohammed Iqbal", "Rebecca Walsh",
  "Liam Fletcher", "Zara Ahmed", "Thomas Pryce", "Niamh Gallagher", "Samuel Osei",
  "Laura Kenyon", "Ryan McAllister", "Jasmine Kaur", "Benjamin Holt", "Megan Rhodes",
  "Callum Fraser", "Aisha Begum", "Joshua Lambert", "Eleanor Marsh", "Kieran Doyle",
  "Fatima Malik", "Harry Lowe", "Isla Robertson", "Nathan Brooks", "Charlotte Ellison",
] as const;

export const interviewerNames = [
  "Helen Ashworth", "David Kirkbride", "Sarah Lomax", "Rajesh Patel", "Claire Donnelly",
  "Mark Hebden", "Joanne Pilling", "Andrew Sutcliffe", "Nadia Rahman", "Peter Greenhalgh",
  "Lucy Barraclough", "Simon Entwistle", "Karen Mottram", "Gareth Pugh", "Anita Mistry",
  "Stephen Royle", "Victoria Hesketh", "Imran Chaudhry", "Rachel Boothroyd", "Michael Tattersall",
] as const;

export const interviewerTitles = [
  "Hiring Manager", "Head of Operations", "HR Business Partner", "Team Leader",
  "Talent Acquisition Partner", "Finance Director", "Engineering Manager", "Operations Director",
  "Senior People Adviser", "Managing Partner",
] as const;

/** "One thing you talked about with them", as a candidate might note it for a thank-you note. */
export const talkedAboutTopics = [
  "the plans for the new Leeds office", "how the team handles month-end", "the move to a new warehouse system",
  "their graduate mentoring scheme", "the customer service awards last year", "how projects are handed over between shifts",
  "the switch to hybrid working", "the training budget for new starters",
] as const;

export type DemoRole = { title: string; salary: string };
export type DemoCompany = { name: string; slug: string; city: string; address: string; roles: readonly DemoRole[] };

const role = (title: string, salary: string): DemoRole => ({ title, salary });

export const companies: readonly DemoCompany[] = [
  { name: "Harbourline Logistics", slug: "harbourline", city: "Trafford Park, Manchester",
    address: "Unit 4, Ashburton Court, Trafford Park, Manchester",
    roles: [role("Transport Planner", "£30,000–£34,000"), role("Operations Supervisor", "£32,000 plus shift allowance"), role("Logistics Data Analyst", "£35,000–£38,000")] },
  { name: "Pennine Ledger Software", slug: "pennine-ledger", city: "Leeds",
    address: "3rd Floor, 18 Wharf Approach, Leeds",
    roles: [role("Junior Software Developer", "£28,000–£32,000"), role("Software Engineer", "£45,000–£52,000"), role("QA Analyst", "£34,000")] },
  { name: "Mersey Vale Analytics", slug: "mersey-vale", city: "Liverpool",
    address: "Suite 6, Dock Chambers, Liverpool",
    roles: [role("Data Analyst", "£33,000–£37,000"), role("Business Intelligence Developer", "£42,000–£48,000")] },
  { name: "Calder & Finch LLP", slug: "calder-finch", city: "Manchester",
    address: "9 Quayside Row, Spinningfields, Manchester",
    roles: [role("Legal Secretary", "£26,000–£29,000"), role("Paralegal", "£25,000"), role("Trainee Conveyancer", "£24,000 with study support")] },
  { name: "Northgate Homes Trust", slug: "northgate-homes", city: "Salford",
    address: "Northgate House, 40 Chapel Walk, Salford",
    roles: [role("Housing Officer", "£29,500"), role("Customer Service Adviser", "£23,500"), role("Income Officer", "£27,000")] },
  { name: "Brightmoor Power Supply", slug: "brightmoor", city: "Warrington",
    address: "Brightmoor Point, Kingsway Business Park, Warrington",
    roles: [role("Customer Operations Team Leader", "£31,000"), role("Billing Analyst", "£28,000–£30,000")] },
  { name: "Kestrelfield Marketing", slug: "kestrelfield", city: "Manchester",
    address: "2nd Floor, 51 Tib Lane, Manchester",
    roles: [role("Digital Marketing Executive", "£27,000"), role("Content Writer", "£26,000–£28,000"), role("Account Manager", "£34,000 plus bonus")] },
  { name: "Ashcombe Vale Building Society", slug: "ashcombe-vale", city: "Stockport",
    address: "Ashcombe House, 12 Market Brow, Stockport",
    roles: [role("Mortgage Adviser", "£32,000 plus bonus"), role("Compliance Officer", "£40,000–£44,000")] },
  { name: "Ridgeway Forge Engineering", slug: "ridgeway-forge", city: "Sheffield",
    address: "Ridgeway Works, Don Valley Road, Sheffield",
    roles: [role("Project Engineer", "£38,000–£42,000"), role("CAD Technician", "£30,000"), role("Purchasing Coordinator", "£27,500")] },
  { name: "Millstone Hotels Group", slug: "millstone-hotels", city: "Manchester",
    address: "The Millstone, 7 Whitworth Parade, Manchester",
    roles: [role("Events Coordinator", "£26,000"), role("HR Adviser", "£31,000–£33,000")] },
  { name: "Greyfriars Bennet Accountants", slug: "greyfriars-bennet", city: "Preston",
    address: "14 Winckley Close, Preston",
    roles: [role("Accounts Assistant", "£24,000–£26,000"), role("Audit Semi-Senior", "£33,000"), role("Payroll Administrator", "£25,500")] },
  { name: "Oxbow Lane Creative", slug: "oxbow-lane", city: "Ancoats, Manchester",
    address: "Unit 12, Cotton Mill Yard, Ancoats, Manchester",
    roles: [role("UX Designer", "£40,000–£45,000"), role("Graphic Designer", "£28,000")] },
  { name: "Thornbury Care Partnership", slug: "thornbury-care", city: "Bolton",
    address: "Thornbury Centre, 3 Mere Hall Street, Bolton",
    roles: [role("Care Coordinator", "£26,500"), role("Office Manager", "£30,000")] },
  { name: "Irwell Gate Property Management", slug: "irwell-gate", city: "Salford Quays",
    address: "Irwell Gate, 22 Pier Walk, Salford Quays",
    roles: [role("Property Manager", "£33,000"), role("Lettings Negotiator", "£22,000 plus commission")] },
  { name: "Wrenfield Home Retail", slug: "wrenfield", city: "Birmingham",
    address: "Wrenfield Support Centre, 80 Canal Side, Birmingham",
    roles: [role("Store Manager", "£38,000 plus bonus"), role("Merchandising Analyst", "£31,000")] },
  { name: "Halden Mutual Insurance", slug: "halden-mutual", city: "Leeds",
    address: "Halden House, 5 Park Row Square, Leeds",
    roles: [role("Claims Handler", "£25,000"), role("Underwriting Assistant", "£27,000–£29,000")] },
];

export const questionBank = [
  "Tell me about yourself.",
  "Why do you want to work here?",
  "Describe a time you handled a difficult customer.",
  "Tell us about a time you had to meet a tight deadline.",
  "What would your current manager say is your biggest weakness?",
  "Give an example of a time you disagreed with a colleague and how you resolved it.",
  "Where do you see yourself in three years?",
  "How do you prioritise when everything is urgent?",
  "Talk us through a piece of work you are proud of.",
  "What are your salary expectations?",
  "Why are you leaving your current role?",
  "How would you explain a technical problem to someone without a technical background?",
  "What do you know about our organisation?",
  "Describe a mistake you made and what you learned from it.",
] as const;

/** Notes on a question, by how it went: 4 or 5 is "good", 1 or 2 is "poor". */
export const questionNotes = {
  good: [
    "Used the STAR structure and it landed well.",
    "They nodded along and followed up with interest.",
  ],
  poor: [
    "Rambled a bit; I need a sharper example ready.",
    "Caught me off guard; worth preparing properly next time.",
    "Forgot to mention the figures, which were the strongest part.",
  ],
} as const;

export const wentWellNotes = [
  "Built good rapport with the panel early on and the conversation flowed.",
  "My example about streamlining the month-end reporting went down well.",
  "Asked thoughtful questions about the team's priorities for the next year.",
  "Stayed calm during the practical exercise and talked through my thinking.",
  "Felt well prepared after reading their annual report and recent news.",
] as const;

export const toImproveNotes = [
  "Keep answers shorter; I overran on the first question.",
  "Prepare a clearer answer on salary expectations.",
  "Have a second example ready for teamwork questions.",
  "Read up on the interviewers beforehand so I can tailor my questions.",
  "Slow down when explaining technical detail.",
] as const;

export const feedback = {
  progressing: [
    "Spoke to the hiring manager this morning: they liked your preparation and your example about improving the reporting process. They'd like to see you for a second interview.",
    "Positive feedback from the first round. They'd like you to meet the operations director next, so expect a call from me to arrange a time.",
  ],
  offer: [
    "Great news: the client said you were the strongest candidate on culture fit and want to make an offer. I'll ring you this afternoon to talk through the details.",
    "The panel were impressed with how you handled the case study. An offer is on its way; let's discuss the package before you respond.",
  ],
  rejected: [
    "Feedback from the panel: strong on technical ability, but they felt you were less convincing on stakeholder management. They've gone with someone with more sector experience.",
    "They liked you but have decided to promote internally. They said they'd be happy to see you for future roles.",
  ],
  waiting: [
    "Chased the client today: the panel meet on Friday to compare notes and no concerns have been raised so far.",
    "The hiring manager is on leave until Monday; they've promised a decision early next week.",
  ],
} as const;

/** `lastDay`: days from today of the last round; `reflect` overrides chance. */
export type DemoPlan = {
  stage: ApplicationStage;
  source: ApplicationSource;
  lastDay: number;
  rounds: number;
  reflect?: boolean;
};

/** The demo candidate's journey: something coming up, something waiting, something won. */
export const demoPlans: readonly DemoPlan[] = [
  { stage: "interviewing", source: "agency", lastDay: 2, rounds: 2, reflect: true },
  { stage: "awaiting_decision", source: "direct", lastDay: -3, rounds: 1, reflect: false },
  { stage: "offer", source: "agency", lastDay: -9, rounds: 2, reflect: true },
];

export const lastRoundDays: Record<ApplicationStage, readonly [number, number]> = {
  applied: [0, 0],
  interviewing: [1, 6],
  awaiting_decision: [-10, -2],
  offer: [-15, -5],
  accepted: [-40, -20],
  rejected: [-30, -7],
  withdrawn: [-20, -5],
  // Parked after 60 quiet days (see settleDays), a while ago.
  no_response: [-90, -65],
};

export const settleDays: Partial<Record<ApplicationStage, number>> = {
  offer: 3, accepted: 10, rejected: 4, withdrawn: 2, no_response: 60,
};

export const stageMix: readonly ApplicationStage[] = [
  "applied", "interviewing", "interviewing", "awaiting_decision", "awaiting_decision",
  "offer", "accepted", "rejected", "rejected", "withdrawn", "no_response",
];
