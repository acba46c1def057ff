-- The READ_ONLY role for service accounts that search and read and change nothing (ADR 0026). The
-- demonstration service account evaluator had OFFICER, which could write; it becomes READ_ONLY.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('OFFICER', 'CUSTODY_OFFICER', 'INVESTIGATOR', 'SUPERVISOR', 'AUDITOR', 'ADMIN', 'READ_ONLY'));
UPDATE account_role SET role = 'READ_ONLY' WHERE username = 'evaluator' AND role = 'OFFICER';
