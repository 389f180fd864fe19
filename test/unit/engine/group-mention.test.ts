import { describe, expect, it } from "vitest";
import { withoutGroupNames } from "../../../functions/engine/group-mention.js";

describe("withoutGroupNames", () => {
  it("takes out the neutral names of groups, nouns and adjectives, in any case", () => {
    expect(withoutGroupNames("Muslims pray five times a day.")).toBe("  pray five times a day.");
    expect(withoutGroupNames("Our doctor is an Immigrant from Nigeria.")).toBe(
      "Our doctor is an   from Nigeria.",
    );
    expect(withoutGroupNames("The Muslim community and gay people marched.")).toBe(
      "The   community and   marched.",
    );
  });

  it("leaves a slur in place: it is itself the abuse", () => {
    expect(withoutGroupNames("muzzies and refugees")).toBe("muzzies and  ");
  });

  it("says when no group is named, and does not take out parts of other words", () => {
    expect(withoutGroupNames("The council meets on Tuesday.")).toBeUndefined();
    expect(withoutGroupNames("Blackpool beat Arsenal.")).toBeUndefined();
  });
});
