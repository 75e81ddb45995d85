// There is no GBK encoder package: invert TextDecoder("gbk") over every double-byte code once.
let table: Map<string, number[]> | undefined;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder("gbk");
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (character.length === 1 && character !== "\ufffd" && !map.has(character))
        map.set(character, [lead, trail]);
    }
  }
  return map;
}

/** Encodes text as GBK bytes, as Chinese Excel saves a CSV; throws on a character GBK lacks. */
export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(character);
    if (!pair) throw new Error(`GBK has no code for ${JSON.stringify(character)}`);
    bytes.push(...pair);
  }
  return Uint8Array.from(bytes);
}
