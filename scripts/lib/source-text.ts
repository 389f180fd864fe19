/**
 * Source-specific clean-up applied before training, so the model does not learn a platform's artefacts
 * (Twitter "RT @name:", HTML entities, t.co links) as signals of a label.
 */
const ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp|#39);/gi;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (m, e: string) => {
    const key = e.toLowerCase();
    if (key.startsWith("#")) {
      const code = key.startsWith("#x") ? Number.parseInt(key.slice(2), 16) : Number(key.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " }[key] ?? m;
  });
}

/** Tweets (Davidson): entities decoded, retweet markers dropped, handles and links masked like EDOS does. */
function cleanTweet(text: string): string {
  return decodeEntities(text)
    .replace(/\bRT\b:?/g, " ")
    .replace(/@\w+:?/g, "[USER]")
    .replace(/https?:\/\/\S+/g, "[URL]")
    .replace(/\s+/g, " ")
    .trim();
}

export { cleanTweet, decodeEntities };
