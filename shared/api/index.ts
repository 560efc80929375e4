export * from './contract';
export * from './dispatch';
export * from './client';
export * from './security';
