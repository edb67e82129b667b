/**
 * Pages and components NOT YET converted to the catalogs and to logical (right-to-left-safe)
 * classes: the i18n lint rules (eslint/i18n.mjs) skip them. The conversion of each area removes
 * its lines; the list must end empty (docs/i18n.md, "Converting an area").
 */
/** @type {string[]} */
export const UNCONVERTED = [];
