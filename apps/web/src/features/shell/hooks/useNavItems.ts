import type { ElementType } from 'react';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import ListAltOutlined from '@mui/icons-material/ListAltOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import { AUDIT_READERS, SETUP_EDITORS, type Role } from '@kensho/domain';
import type { ParseKeys } from 'i18next';
import { OPINION_CONSOLIDATORS, OPINION_WRITERS } from '../../opinions';
import { RESPONSE_READERS, RESPONSE_REVIEWERS } from '../../responses';

/** The namespaces the menu's labels come from: the app's own, unprefixed (`shell.overview`), first. */
export const NAV_NAMESPACES = ['translation', 'sheets', 'opinions', 'home', 'responses', 'audit'] as const;
/** A label's key: `shell.overview`, `sheets:nav.mine`. */
export type NavKey = ParseKeys<typeof NAV_NAMESPACES>;

export interface NavItem {
  to: string;
  label: NavKey;
  icon: ElementType;
  /** The page belongs to a fiscal year: the link keeps the selected one. */
  perCycle?: boolean;
}

export interface NavSection {
  title?: NavKey;
  items: NavItem[];
  /** Who sees the section; everyone signed in when absent. */
  roles?: readonly Role[];
}

/** The administrator's own section (accounts of every role, departments). */
const SYSTEM_ADMINS: readonly Role[] = ['ADMIN'];

/** The screens, by the roles that may use them (the same lists of roles the API enforces). */
const SECTIONS: NavSection[] = [
  // ホーム: what to do next, every role's landing page; the cycle's overview beside it
  {
    items: [
      { to: '/', label: 'home:nav.home', icon: HomeOutlined },
      { to: '/overview', label: 'shell.overview', icon: DashboardOutlined, perCycle: true },
    ],
  },
  // 施策検証シート (Do): staff write their department's, members read every submitted one, the secretariat reviews
  { roles: ['DEPARTMENT_STAFF'], items: [{ to: '/sheets', label: 'sheets:nav.mine', icon: AssignmentOutlined, perCycle: true }] },
  { roles: ['COMMITTEE_MEMBER'], items: [{ to: '/sheets', label: 'sheets:nav.all', icon: AssignmentOutlined, perCycle: true }] },
  { roles: ['SECRETARIAT'], items: [{ to: '/sheets/review', label: 'sheets:nav.review', icon: FactCheckOutlined, perCycle: true }] },
  // 検証意見 (Check): members write on their entries, the secretariat consolidates them
  { roles: OPINION_WRITERS, items: [{ to: '/opinions', label: 'opinions:nav.mine', icon: RateReviewOutlined, perCycle: true }] },
  { roles: OPINION_CONSOLIDATORS, items: [{ to: '/consolidation', label: 'opinions:nav.consolidation', icon: RateReviewOutlined, perCycle: true }] },
  // 対応 (Action): each entry's opinions and responses side by side; the secretariat approves them
  { roles: RESPONSE_READERS, items: [{ to: '/responses', label: 'responses:nav.entries', icon: AssignmentTurnedInOutlined, perCycle: true }] },
  { roles: RESPONSE_REVIEWERS, items: [{ to: '/responses/review', label: 'responses:nav.review', icon: TaskAltOutlined, perCycle: true }] },
  {
    title: 'shell.setupSection',
    roles: SETUP_EDITORS,
    items: [
      { to: '/setup/entries', label: 'shell.entries', icon: ListAltOutlined, perCycle: true },
      { to: '/setup/groups', label: 'shell.groups', icon: AccountTreeOutlined, perCycle: true },
      { to: '/setup/members', label: 'shell.members', icon: GroupsOutlined },
      { to: '/setup/ordinance', label: 'shell.ordinance', icon: GavelOutlined },
      { to: '/departments', label: 'shell.departments', icon: ApartmentOutlined },
      // members' and staff accounts (the server lists only those to the secretariat)
      { to: '/admin/users', label: 'shell.accounts', icon: ManageAccountsOutlined },
    ],
  },
  {
    title: 'shell.adminSection',
    roles: SYSTEM_ADMINS,
    items: [
      { to: '/admin/users', label: 'shell.users', icon: ManageAccountsOutlined },
      { to: '/departments', label: 'shell.departments', icon: ApartmentOutlined },
    ],
  },
  { roles: AUDIT_READERS, items: [{ to: '/audit', label: 'audit:nav.audit', icon: HistoryOutlined }] },
];

/** The role's sections; a screen two of them list (the secretariat sets up and manages accounts: 所管課) appears once, in the first. */
export function navSectionsFor(role: Role): NavSection[] {
  const seen = new Set<string>();
  return SECTIONS.filter((s) => !s.roles || s.roles.includes(role))
    .map((s) => ({ ...s, items: s.items.filter((i) => !seen.has(i.to) && !!seen.add(i.to)) }))
    .filter((s) => s.items.length > 0);
}
