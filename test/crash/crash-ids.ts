// The ids the crash test's edits use: the n-th edit's actor and tie, recognisable afterwards.
const pad = (n: number) => String(n).padStart(12, '0');
export const crashActorId = (n: number) => `aaaaaaaa-0000-4000-8000-${pad(n)}`;
export const crashTieId = (n: number) => `bbbbbbbb-0000-4000-8000-${pad(n)}`;
