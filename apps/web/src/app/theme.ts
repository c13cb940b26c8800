import { createTheme } from '@mui/material/styles';
import { enUS, jaJP } from '@mui/material/locale';
import type { Lang } from '@kensho/domain';

/** Renders Japanese well on Windows, macOS and Linux (Debian's fonts-noto-cjk names it "Noto Sans CJK JP"). */
export const FONT_STACK = [
  '"Noto Sans JP"',
  '"Noto Sans CJK JP"',
  '"Hiragino Sans"',
  '"Hiragino Kaku Gothic ProN"',
  '"Yu Gothic"',
  '"Meiryo"',
  'sans-serif',
].join(', ');

/** Calm and dense enough for office staff: small controls, quiet colours, clear borders. */
export function createAppTheme(lang: Lang) {
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: '#1f4e79' },
        secondary: { main: '#6a4a8c' },
        info: { main: '#2b6cb0' },
        warning: { main: '#b7791f' },
        success: { main: '#2f7d4f' },
        background: { default: '#f4f6f8', paper: '#ffffff' },
        text: { primary: '#1f2933', secondary: '#52606d' },
        divider: '#dde3ea',
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: FONT_STACK,
        fontSize: 13,
        h1: { fontSize: '1.5rem', fontWeight: 700 },
        h2: { fontSize: '1.25rem', fontWeight: 700 },
        h3: { fontSize: '1.1rem', fontWeight: 700 },
        h4: { fontSize: '1rem', fontWeight: 700 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiFormControl: { defaultProps: { size: 'small' } },
        MuiTable: { defaultProps: { size: 'small' } },
        MuiTableCell: {
          styleOverrides: {
            head: { fontWeight: 700, backgroundColor: '#eef2f6', whiteSpace: 'nowrap' },
            root: { verticalAlign: 'top' },
          },
        },
        MuiChip: { defaultProps: { size: 'small' } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiDialog: { defaultProps: { fullWidth: true, maxWidth: 'sm' } },
        MuiTooltip: { defaultProps: { arrow: true } },
      },
    },
    lang === 'en' ? enUS : jaJP,
  );
}
