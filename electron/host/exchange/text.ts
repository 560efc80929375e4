// Bytes to text for the importers: the size limit first, then the encoding. Only UTF-8 is read
// (with or without its byte-order mark); a UTF-16 or UTF-32 mark, an XML declaration naming
// another encoding, or bytes that are not UTF-8 (a Latin-1 or Windows-1252 export) are refused
// with the line where the first bad byte is, rather than read as the wrong letters.
import { MAX_IMPORT_BYTES } from '../../../shared/exchange/ops';
import { FileProblemError } from '../../../shared/exchange/problems';

const BOMS: [string, number[]][] = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new FileProblemError('too_large', { detail: `${bytes.length} bytes, limit ${maxBytes}` });
  }
  if (bytes.length === 0) throw new FileProblemError('empty');
  for (const [name, bom] of BOMS) {
    if (startsWith(bytes, bom)) throw new FileProblemError('encoding', { line: 1, detail: name });
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new FileProblemError('encoding', { line: lineOfFirstBadByte(body), detail: 'not UTF-8' });
  }
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(text)?.[1];
  if (declared && !/^(utf-?8|us-ascii|ascii)$/i.test(declared)) {
    throw new FileProblemError('encoding', { line: 1, detail: declared });
  }
  return text;
}

/** The line of the first byte sequence that is not UTF-8 (the replacement decoder marks it). */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const index = lenient.indexOf('\uFFFD');
  let line = 1;
  for (let i = 0; i < index; i++) if (lenient.charCodeAt(i) === 10) line += 1;
  return line;
}
