import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import type { Role } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useSearchParams } from 'react-router';
import { NAV_NAMESPACES, navSectionsFor } from '../hooks/useNavItems';

/**
 * The screens the user's role may use; per-year screens keep the selected fiscal year. The current screen
 * is marked (`aria-current`, a bar and bold text); the keyboard focus is the theme's outline, so the two
 * never look alike.
 */
export function NavMenu({ role, id, onNavigate }: { role: Role; id?: string; onNavigate?: () => void }) {
  const { t } = useTranslation(NAV_NAMESPACES);
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const year = params.get('year');
  return (
    <nav id={id} aria-label={t('shell.nav')}>
      {navSectionsFor(role).map((section, i) => (
        <List
          key={section.title ?? i}
          dense
          subheader={
            section.title ? (
              <ListSubheader sx={{ lineHeight: '32px', bgcolor: 'transparent', fontWeight: 700 }}>
                {t(section.title)}
              </ListSubheader>
            ) : undefined
          }
        >
          {section.items.map((item) => {
            const Icon = item.icon;
            const to = item.perCycle && year ? `${item.to}?year=${year}` : item.to;
            return (
              <ListItem key={item.to} disablePadding>
                <ListItemButton component={NavLink} to={to} end selected={pathname === item.to} onClick={onNavigate} sx={{ borderRadius: 1, mx: 1 }}>
                  <ListItemIcon sx={{ minWidth: 34 }}>
                    <Icon fontSize="small" />
                  </ListItemIcon>
                  <ListItemText primary={t(item.label)} />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      ))}
    </nav>
  );
}
