/** Injection token of the DatabaseServer the app was started with. */
export const DATABASE_SERVER = Symbol('DATABASE_SERVER');
