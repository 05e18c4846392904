import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { greetingName, joinNames, plainName, salutation } from "./salutation";

describe("greetingName", () => {
  it.each([
    ["Olu Adebayo", "Olu"],
    ["Olu", "Olu"],
    ["Dr Jane Smith", "Jane"],
    ["Dr. Jane Smith", "Jane"],
    ["Prof Sir Alan Jones", "Alan"],
    ["Ms Patel", "Ms Patel"],
    ["dr smith", "Dr Smith"],
    ["Bill Lumbergh (bill@initech.example)", "Bill"],
    ["Bill Lumbergh <bill@initech.example>", "Bill"],
    ["bill@initech.example", ""],
    ["Bill bill@initech.example", "Bill"],
    ["Priya Shah, Connections Recruitment", "Priya"],
    ["Jo Evans - Head of Data", "Jo"],
    ["Jo Evans / Raj Patel", "Jo"],
    ["Mary-Jane O'Neil", "Mary-Jane"],
    ["OLU ADEBAYO", "Olu"],
    ["mary-jane", "Mary-Jane"],
    ["McKenzie", "McKenzie"],
    ["J. Smith", "J Smith"],
    ["Mr J. Smith", "Mr Smith"],
    ["Jane Smith PhD", "Jane"],
    ["Zoë Núñez", "Zoë"],
    ["the receptionist", ""],
    ["HR team", ""],
    ["Talent team at Initech", ""],
    ["Dr", ""],
    ["", ""],
    ["   ", ""],
    ["(bill)", ""],
    ["Jo 2", "Jo"],
  ])("%j → %j", (name, expected) => {
    expect(greetingName(name)).toBe(expected);
  });

  it("never gives back an address, a bracket or a comma, whatever was typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (typed) => {
        expect(greetingName(typed)).not.toMatch(/[@()<>[\]{},]/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("plainName", () => {
  it("keeps a company's name as written, without its brackets or address", () => {
    expect(plainName("Initech (UK) Ltd")).toBe("Initech Ltd");
    expect(plainName("AT&T")).toBe("AT&T");
    expect(plainName("  Beta   plc ")).toBe("Beta plc");
    expect(plainName("jobs@initech.example")).toBe("");
  });
});

describe("salutation", () => {
  it("greets one person, or a few, by first name", () => {
    expect(salutation("Olu Adebayo")).toBe("Dear Olu,");
    expect(salutation(["Jo Evans", "Raj Patel"])).toBe("Dear Jo and Raj,");
    expect(salutation(["Jo Evans", "Raj Patel", "Ana Li"])).toBe("Dear Jo, Raj and Ana,");
    expect(salutation("Priya Shah", { greeting: "Hi" })).toBe("Hi Priya,");
  });

  it("greets the hiring team, or just says hello, when there is nobody to name", () => {
    expect(salutation(null, { company: "Initech" })).toBe("Dear Initech hiring team,");
    expect(salutation("bill@initech.example", { company: "Initech (UK) Ltd" })).toBe("Dear Initech Ltd hiring team,");
    expect(salutation([], {})).toBe("Hello,");
    expect(salutation("", { greeting: "Hi" })).toBe("Hello,");
    // Naming some of a group and not the others would single people out.
    expect(salutation(["Jo Evans", "the receptionist"], { company: "Initech" })).toBe("Dear Initech hiring team,");
    expect(salutation(["A One", "B Two", "C Three", "D Four"])).toBe("Hello,");
  });
});

describe("joinNames", () => {
  it("lists names without an Oxford comma", () => {
    expect(joinNames([])).toBe("");
    expect(joinNames(["Anna"])).toBe("Anna");
    expect(joinNames(["Anna", "Ben", "Cara"])).toBe("Anna, Ben and Cara");
  });
});
