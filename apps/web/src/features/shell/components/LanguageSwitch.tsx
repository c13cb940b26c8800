import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { Lang } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { LANGS, setLang } from '../../../shared/lang';
import { useLang } from '../../../shared/hooks/useLang';

/** 日本語 / English; the choice is kept in localStorage. */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={lang}
      onChange={(_, value: Lang | null) => value && void setLang(value)}
      aria-label={t('language.label')}
      sx={
        onDark
          ? {
              '& .MuiToggleButton-root': { color: 'rgba(255,255,255,0.8)', borderColor: 'rgba(255,255,255,0.4)', py: 0.25, px: { xs: 0.75, sm: 1.25 }, whiteSpace: 'nowrap' },
              '& .MuiToggleButton-root.Mui-selected': { color: '#fff', backgroundColor: 'rgba(255,255,255,0.2)' },
            }
          : { '& .MuiToggleButton-root': { py: 0.25, px: 1.25 } }
      }
    >
      {LANGS.map((l) => (
        <ToggleButton key={l} value={l} lang={l}>
          {t(`language.${l}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
