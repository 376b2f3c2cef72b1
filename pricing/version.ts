/** costkit's version, written into every report's `generator`; a test keeps it equal to package.json. */
export const COSTKIT_VERSION = "0.1.0";
