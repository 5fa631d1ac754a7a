/** A département code: `01`–`95` (Corsica as `2A` and `2B`), or `971`–`976` overseas. */
const DEPARTMENT_CODE = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;

/** Whether `code` is a département code as the data writes it (`05`, `35`, `2A`, `974`). */
export function isDepartmentCode(code: string): boolean {
  return DEPARTMENT_CODE.test(code);
}

/** A département code in its canonical form (`2a` → `2A`, `5` → `05`), or `undefined` if it is not one. */
export function normalizeDepartment(input: string | null | undefined): string | undefined {
  if (input == null) return undefined;
  let code = input.trim().toUpperCase();
  if (/^\d$/.test(code)) code = `0${code}`;
  return isDepartmentCode(code) ? code : undefined;
}
