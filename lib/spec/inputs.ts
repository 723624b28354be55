/** What `parseSpec` saw for each spec it returned (before defaults and fixes); its own module so targets can read it without importing the registry. */
export const specInputs = new WeakMap<object, unknown>();
