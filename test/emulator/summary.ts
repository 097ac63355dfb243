// Stedi's transaction object (§5 of the reference) for an emulator transaction, with artifact URLs pointing
// back at the emulator, and the documents behind its input/output artifacts.
import type { EmuTransaction } from './dataset.js';

const PARTNERSHIP = {
  partnershipId: 'local-clearinghouse-test', partnershipType: 'x12',
  sender: { profileId: 'clearinghouse-test' }, receiver: { profileId: 'local' },
};

export function toSummary(tx: EmuTransaction, coreUrl: string): Record<string, unknown> {
  const x12Usage = tx.direction === 'OUTBOUND' ? 'output' : 'input';
  const jsonUsage = x12Usage === 'input' ? 'output' : 'input';
  const base = `${coreUrl}/transactions/${tx.transactionId}`;
  const artifacts = tx.piece
    ? [
      { artifactType: 'application/edi-x12', usage: x12Usage, model: 'transaction', sizeBytes: Buffer.byteLength(tx.piece.text), url: `${base}/${x12Usage}` },
      { artifactType: 'application/json', usage: jsonUsage, model: 'transaction', sizeBytes: 2048, url: `${base}/${jsonUsage}` },
    ]
    : [{ artifactType: 'application/edi-x12', usage: 'input', model: 'transaction', sizeBytes: tx.fileText.length, url: `${base}/input` }];
  const p = tx.piece;
  return {
    transactionId: tx.transactionId,
    fileExecutionId: tx.fileExecutionId,
    status: tx.status,
    direction: tx.direction,
    mode: tx.mode,
    processedAt: new Date(tx.processedAtMs).toISOString(),
    artifacts,
    partnership: PARTNERSHIP,
    ...(p ? {
      x12: {
        metadata: {
          interchange: { acknowledgmentRequestedCode: '0', controlNumber: p.interchangeControlNumber },
          functionalGroup: { controlNumber: p.groupControlNumber, release: p.release, date: p.groupDate, time: p.groupTime, functionalIdentifierCode: p.functionalId },
          transaction: { controlNumber: p.transactionControlNumber, transactionSetIdentifier: p.transactionSetId },
          sender: { isa: { qualifier: 'ZZ', id: p.senderId } },
          receiver: { isa: { qualifier: 'ZZ', id: p.receiverId } },
        },
      },
      ...(p.bht03 ? { businessIdentifiers: [{ elementId: '127', element: 'BHT-03', name: 'Reference Identification', value: p.bht03 }] } : {}),
    } : {}),
    ...(tx.translationErrors ? { translationErrors: tx.translationErrors.map((e) => ({ ...e, context: {}, mark: {} })) } : {}),
    emulatorNote: 'unknown fields like this one must be tolerated', // exercises the client's tolerance
  };
}

/** The document behind /input or /output: raw X12 for the X12 side, a Guide-JSON-like stand-in for the other. */
export function documentFor(tx: EmuTransaction, usage: 'input' | 'output'): { contentType: string; body: string } | null {
  if (!tx.piece) return usage === 'input' ? { contentType: 'application/edi-x12', body: tx.fileText } : null;
  const x12Usage = tx.direction === 'OUTBOUND' ? 'output' : 'input';
  if (usage === x12Usage) return { contentType: 'application/edi-x12', body: tx.piece.text };
  return {
    contentType: 'application/json',
    body: JSON.stringify({ heading: { transaction_set_header_ST: { transaction_set_identifier_code_01: tx.setId } } }),
  };
}
