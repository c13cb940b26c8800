import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import type { Role } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useSearchParams } from 'react-router';
import { NAV_NAMESPACES, navSectionsFor } from '../hooks/useNavItems';

/** The screens the user's role may use; per-year screens keep the selected fiscal year. */
export function NavMenu({ role }: { role: Role }) {
  const { t } = useTranslation(NAV_NAMESPACES);
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const year = params.get('year');
  return (
    <nav aria-label={t('shell.nav')}>
      {navSectionsFor(role).map((section, i) => (
        <List
          key={section.title ?? i}
          dense
          subheader={
            section.title ? (
              <ListSubheader component="div" sx={{ lineHeight: '32px', bgcolor: 'transparent', fontWeight: 700 }}>
                {t(section.title)}
              </ListSubheader>
            ) : undefined
          }
        >
          {section.items.map((item) => {
            const Icon = item.icon;
            const to = item.perCycle && year ? `${item.to}?year=${year}` : item.to;
            return (
              <ListItemButton key={item.to} component={NavLink} to={to} selected={pathname === item.to} sx={{ borderRadius: 1, mx: 1 }}>
                <ListItemIcon sx={{ minWidth: 34 }}>
                  <Icon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={t(item.label)} />
              </ListItemButton>
            );
          })}
        </List>
      ))}
    </nav>
  );
}
