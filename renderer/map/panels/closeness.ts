/** Closeness as the forms offer it, strongest first (the select's values are strings). */
export const CLOSENESS_VALUES = ['5', '4', '3', '2', '1'] as const;
export type ClosenessText = (typeof CLOSENESS_VALUES)[number];
