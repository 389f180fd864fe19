import { describe, expect, it } from "vitest";
import { guessLanguage } from "../../../functions/engine/language.js";
import { judge } from "./helpers.js";

describe("language", () => {
  it.each([
    "C'est une tragédie pour toute la ville, les habitants méritent mieux.",
    "الانتخابات لن تغير شيئا طالما بقيت الميليشيات",
    "Nederland moet meer vluchtelingen uit Irak opnemen, dat is onze plicht.",
    "Los niños no tienen la culpa de lo que hicieron sus padres.",
    "Die Flüchtlinge aus dem Irak brauchen unseren Schutz.",
    "Musul için çok üzgünüm, ama bu karar daha iyi bir gelecek için önemli.",
    "Ez ji bo zarokên li kampê gelek xemgîn im. Divê ew vegerin malên xwe.",
  ])("holds %j as non-English, never rejects it", (text) => {
    expect(guessLanguage(text).english).toBe(false);
    const j = judge(text);
    expect(j.decision).toBe("pending");
    expect(j.reasonCode).toBe("non_english");
  });

  it("does not hold English with a foreign word in it", () => {
    expect(guessLanguage("The Peshmerga abandoned Sinjar, c'est la vie they said.").english).toBe(true);
  });
});
