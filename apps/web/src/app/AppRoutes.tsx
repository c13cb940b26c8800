import { lazy, Suspense, type ReactNode } from 'react';
import { ACCOUNT_ADMINS, AUDIT_READERS, SETUP_EDITORS, type Role } from '@kensho/domain';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { AppShell } from '../features/shell/components/AppShell';
import { CycleOverviewPage } from '../pages/CycleOverviewPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { QueryState } from '../shared/components/QueryState';
import { OPINION_CONSOLIDATORS, OPINION_WRITERS } from '../features/opinions/roles';
import { RESPONSE_READERS, RESPONSE_REVIEWERS } from '../features/responses/roles';
import { SHEET_READERS, SHEET_REVIEWERS } from '../features/sheets/roles';

// The secretariat's and the administrator's screens load when first opened.
const EntriesSetupPage = lazy(() => import('../pages/EntriesSetupPage').then((m) => ({ default: m.EntriesSetupPage })));
const GroupsSetupPage = lazy(() => import('../pages/GroupsSetupPage').then((m) => ({ default: m.GroupsSetupPage })));
const MembersSetupPage = lazy(() => import('../pages/MembersSetupPage').then((m) => ({ default: m.MembersSetupPage })));
const OrdinancePage = lazy(() => import('../pages/OrdinancePage').then((m) => ({ default: m.OrdinancePage })));
const DepartmentsPage = lazy(() => import('../pages/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })));
const UsersPage = lazy(() => import('../pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../pages/AuditPage').then((m) => ({ default: m.AuditPage })));
// The verification sheets (Do): the editor, the review queue and the charts load when first opened.
const SheetsPage = lazy(() => import('../pages/SheetsPage').then((m) => ({ default: m.SheetsPage })));
const SheetReviewPage = lazy(() => import('../pages/SheetReviewPage').then((m) => ({ default: m.SheetReviewPage })));
const SheetPage = lazy(() => import('../pages/SheetPage').then((m) => ({ default: m.SheetPage })));
// The Check step: members' opinions beside the sheet, the secretariat's consolidation.
const MyOpinionEntriesPage = lazy(() => import('../pages/MyOpinionEntriesPage').then((m) => ({ default: m.MyOpinionEntriesPage })));
const MemberOpinionPage = lazy(() => import('../pages/MemberOpinionPage').then((m) => ({ default: m.MemberOpinionPage })));
const OpinionConsolidationPage = lazy(() => import('../pages/OpinionConsolidationPage').then((m) => ({ default: m.OpinionConsolidationPage })));
const ConsolidationEntryPage = lazy(() => import('../pages/ConsolidationEntryPage').then((m) => ({ default: m.ConsolidationEntryPage })));
// The Action step: each entry's Check and Action side by side, the secretariat's approval queue.
const ResponsesPage = lazy(() => import('../pages/ResponsesPage').then((m) => ({ default: m.ResponsesPage })));
const ResponseReviewPage = lazy(() => import('../pages/ResponseReviewPage').then((m) => ({ default: m.ResponseReviewPage })));
const ResponseEntryPage = lazy(() => import('../pages/ResponseEntryPage').then((m) => ({ default: m.ResponseEntryPage })));

const DEPARTMENT_EDITORS = [...SETUP_EDITORS, ...ACCOUNT_ADMINS];

/** A screen only these roles use, loaded on demand. */
function RoleScreen({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return (
    <RequireAuth roles={roles}>
      <Suspense fallback={<QueryState loading hasData={false}>{null}</QueryState>}>{children}</Suspense>
    </RequireAuth>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="overview" element={<CycleOverviewPage />} />
        <Route path="setup/entries" element={<RoleScreen roles={SETUP_EDITORS}><EntriesSetupPage /></RoleScreen>} />
        <Route path="setup/groups" element={<RoleScreen roles={SETUP_EDITORS}><GroupsSetupPage /></RoleScreen>} />
        <Route path="setup/members" element={<RoleScreen roles={SETUP_EDITORS}><MembersSetupPage /></RoleScreen>} />
        <Route path="setup/ordinance" element={<RoleScreen roles={SETUP_EDITORS}><OrdinancePage /></RoleScreen>} />
        <Route path="departments" element={<RoleScreen roles={DEPARTMENT_EDITORS}><DepartmentsPage /></RoleScreen>} />
        <Route path="audit" element={<RoleScreen roles={AUDIT_READERS}><AuditPage /></RoleScreen>} />
        <Route path="sheets" element={<RoleScreen roles={SHEET_READERS}><SheetsPage /></RoleScreen>} />
        <Route path="sheets/review" element={<RoleScreen roles={SHEET_REVIEWERS}><SheetReviewPage /></RoleScreen>} />
        <Route path="sheets/:sheetId" element={<RoleScreen roles={SHEET_READERS}><SheetPage /></RoleScreen>} />
        <Route path="opinions" element={<RoleScreen roles={OPINION_WRITERS}><MyOpinionEntriesPage /></RoleScreen>} />
        <Route path="opinions/:projectId" element={<RoleScreen roles={OPINION_WRITERS}><MemberOpinionPage /></RoleScreen>} />
        <Route path="consolidation" element={<RoleScreen roles={OPINION_CONSOLIDATORS}><OpinionConsolidationPage /></RoleScreen>} />
        <Route path="consolidation/:projectId" element={<RoleScreen roles={OPINION_CONSOLIDATORS}><ConsolidationEntryPage /></RoleScreen>} />
        <Route path="responses" element={<RoleScreen roles={RESPONSE_READERS}><ResponsesPage /></RoleScreen>} />
        <Route path="responses/review" element={<RoleScreen roles={RESPONSE_REVIEWERS}><ResponseReviewPage /></RoleScreen>} />
        <Route path="responses/:projectId" element={<RoleScreen roles={RESPONSE_READERS}><ResponseEntryPage /></RoleScreen>} />
        <Route path="admin/users" element={<RoleScreen roles={ACCOUNT_ADMINS}><UsersPage /></RoleScreen>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
