/** A word rule of the code-mixed readers: what to find, and what it becomes (a string or a replacer). */
export type WordRule = [RegExp, string | ((match: string, ...groups: string[]) => string)];
