// Public API of the X12 engine: parse or stream X12 into transaction sets with typed domain records,
// look up code descriptions, and describe raw segments for the viewer.
export { parseX12Text, streamX12, readX12File, type ParseResult, type ReadOptions } from './read-x12.js';
export type { TransactionSet } from './transaction-set.js';
export { X12Error, describeLocation } from './errors.js';
export { describeSegments, type SegmentView, type ElementView } from './segment-view.js';
export {
  describeCarc, describeRarc, describeCategory, describeStatus, describeEntity, describeClp02, describeGroup,
  describe999Error, describeCode, codeListVersions, loadCodeListOverrides, type CodeListName,
} from './code-lists.js';
export { decimalToCents } from './values.js';
export type * from './model.js';
