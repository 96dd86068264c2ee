/** A repair takes the raw article text and returns it mended. */
export type Repair = (text: string) => string;
