import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { BrowserRouter } from 'react-router';
import { NotifierProvider } from '../shared/components/Notifier';
import { useLang } from '../shared/hooks/useLang';
import { client } from './apollo';
import { AppRoutes } from './AppRoutes';
import { createAppTheme } from './theme';

export function App() {
  const { lang } = useLang();
  const theme = useMemo(() => createAppTheme(lang), [lang]);
  return (
    <ApolloProvider client={client}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <NotifierProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </NotifierProvider>
      </ThemeProvider>
    </ApolloProvider>
  );
}
