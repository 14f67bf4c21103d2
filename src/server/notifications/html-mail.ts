import type { Language } from '../../domain/i18n.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * A whole HTML mail around `body`: the language on <html> (screen readers pick the voice from
 * it), a title, inline styles only, no images, no remote anything, nothing that reports opening.
 */
export function htmlDocument(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:16px;background:#ffffff;color:#1b1b1b;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:17px;line-height:1.5">
<main style="max-width:36em">
${body}
</main>
</body>
</html>
`;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** One line of plain text as HTML, its web addresses as links that show the address itself. */
export function linkify(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(URL_PATTERN)) {
    out += escapeHtml(line.slice(last, m.index));
    out += `<a href="${escapeHtml(m[0])}">${escapeHtml(m[0])}</a>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(line.slice(last));
}

/**
 * The HTML part of a mail written as plain text (account mails): the same words, paragraphs
 * where the text has blank lines, line breaks where it has them, addresses as links.
 */
export function textToHtml(text: string, language: Language, subject: string): string {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.split('\n').map(linkify).join('<br>\n')}</p>`);
  return htmlDocument(language, subject, paragraphs.join('\n'));
}
