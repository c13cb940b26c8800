import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { HomeQuery } from '../graphql/home';
import { AdminHome } from './AdminHome';
import { MemberHome } from './MemberHome';
import { SecretariatHome } from './SecretariatHome';
import { StaffHome } from './StaffHome';

/** The landing page after sign-in: what the signed-in user has to do next, for their role (one server query). */
export function Home() {
  const { t } = useTranslation('home');
  const { date } = useLang();
  const { data, loading, error, refetch } = useQuery(HomeQuery, { fetchPolicy: 'cache-and-network' });
  const home = data?.home;
  return (
    <>
      <PageHeader title={t('title')} />
      <QueryState loading={loading} error={error} hasData={!!home} onRetry={() => void refetch()}>
        {home && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="home-today">
              {t('today', { date: date(home.today) })}
            </Typography>
            {home.staff && <StaffHome staff={home.staff} />}
            {home.member && <MemberHome member={home.member} />}
            {home.secretariat && <SecretariatHome secretariat={home.secretariat} />}
            {home.admin && <AdminHome admin={home.admin} />}
          </>
        )}
      </QueryState>
    </>
  );
}
