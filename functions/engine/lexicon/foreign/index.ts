/** Lexicons for comments in other languages, by the code `language.ts` guesses (format: ./README.md). */
import arabicScript from "./arabic-script.js";
import arabizi from "./arabizi.js";
import de from "./de.js";
import es from "./es.js";
import fr from "./fr.js";
import it from "./it.js";
import ku from "./ku.js";
import nl from "./nl.js";
import pl from "./pl.js";
import pt from "./pt.js";
import ro from "./ro.js";
import tr from "./tr.js";

const FOREIGN_LEXICONS: Readonly<Record<string, string>> = {
  fr,
  es,
  de,
  nl,
  pl,
  it,
  pt,
  ro,
  tr,
  ku,
  arabizi,
  "arabic-script": arabicScript,
};

export { FOREIGN_LEXICONS };
