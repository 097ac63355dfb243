// The claim store's queries in one import, for the IPC handlers and the CLI.
export { listClaims, claimTotals, iterateClaims, SORT_COLUMNS, type ClaimListQuery, type ClaimListRow, type ClaimTotals, type SortColumn } from './claims-list.js';
export { claimWhere, ftsQuery, type ClaimFilter } from './claim-filter.js';
export { searchClaims } from './search.js';
export { getClaimDetail, type ClaimDetail, type TimelineEvent } from './claim-detail.js';
export { getRawTransaction, type RawTransactionRow } from './raw.js';
export { rejectionsByReason, denialsByCarc, staleClaims, unbalancedRemittances, duplicateRemittances, orphanClaims, type StaleQuery } from './worklists.js';
export { listExceptions, getException, openExceptionCount, type ExceptionRow } from './exceptions.js';
export { topProviders, payerTurnaround, aging, denialRates, firstPassAcceptance, type ReportRange, type ProviderRanking } from './reports.js';
export { setClaimNote, setFollowUp, setWorked, getWorkflow, type ClaimWorkflow } from './workflow.js';
export { storeStats, type StoreStats } from './store-stats.js';
export { listPayers, listProviders, type Option } from './parties.js';
export { exportClaims, type ExportClaim } from './claim-export.js';
