/** Where to cut a council opinion at first: at its line breaks, or into the text and an empty second part. */
export function initialParts(text: string): string[] {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length >= 2 ? lines : [text, ''];
}
