/**
 * The fiscal years whose cycles each API test file creates and changes. Cycles are unique per fiscal
 * year and the files run in parallel on one database, so each file takes years of its own; pick free
 * ones here when adding a file. (FY2019 is the demo cycle: read it, never change it.)
 */
export const FISCAL_YEARS = {
  setup: [2031, 2032, 2033],
  permissions: [2035, 2036, 2037, 2038],
  // sheets.e2e-spec.ts: 2041–2043; opinions.e2e-spec.ts: 2051
  overview: [2060, 2061],
  opinionScreens: [2052, 2053],
  visibility: [2083, 2084],
  integrity: [2093, 2094],
  relationCost: [2065, 2066],
  inputContract: [2070],
  responses: [2072, 2073, 2074, 2075, 2076],
  tagsCarried: [2044, 2045], // and 2047 (a gap)
  withdrawal: [2078],
  home: [2096, 2097, 2098, 2099, 2100],
} as const;
