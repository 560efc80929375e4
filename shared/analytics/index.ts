// The analytics engine: pure functions over graphology graphs (see README.md beside this file).
export * from './tie-strength';
export * from './structure';
export * from './betweenness';
export * from './burt';
export * from './brokerage';
export { AnalyticsCancelledError, type RunControl } from './control';
export type { EdgeNumber } from './csr';
export * from './build-graph';
export * from './composition';
export * from './paths';
export * from './summary';
