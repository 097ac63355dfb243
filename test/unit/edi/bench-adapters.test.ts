// The parse benchmark compares parsers "each followed by the same mapping": every contender must produce the
// engine's records from the benchmark files. Envelope fields the contenders do not read (ISA), locations
// (they have no byte offsets) and warnings are left out of the comparison.
import { describe, expect, it } from 'vitest';
import { naiveSplit, nodeX12, x12Parser } from '../../../bench/parse-adapters.js';
import { build277CA, build835, build837P } from '../../../bench/parse-data.js';
import { parseX12Text } from '../../../main/edi/index.js';
import type { MappedTransaction } from '../../../main/edi/model.js';

const comparable = (mapped: (MappedTransaction | null)[]) =>
  JSON.parse(JSON.stringify(mapped, (key, value) => (key === 'envelope' || key === 'location' || key === 'warnings' ? undefined : value)));

describe('parse benchmark contenders', () => {
  for (const [kind, text] of [['835', build835(120, 50)], ['837P', build837P(120, 50)], ['277CA', build277CA(120, 50)]] as const) {
    it(`naive split, node-x12 and x12-parser map ${kind} to the engine's records`, async () => {
      const engine = comparable(parseX12Text(text).sets.map((s) => s.mapped));
      expect(engine).toHaveLength(3);
      expect(comparable(naiveSplit(text))).toEqual(engine);
      expect(comparable(nodeX12(text))).toEqual(engine);
      expect(comparable(await x12Parser(text))).toEqual(engine);
    });
  }
});
