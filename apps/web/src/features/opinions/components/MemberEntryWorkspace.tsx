import { useCallback, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CYCLE_PHASE_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { MyAssignedEntriesQuery as Data } from '../../../generated/graphql';
import { QueryState } from '../../../shared/components/QueryState';
import { TagMarks } from '../../../shared/components/TagMarks';
import { useLang } from '../../../shared/hooks/useLang';
import { useSession } from '../../auth';
import { MyAssignedEntriesQuery } from '../graphql/opinions';
import type { OpinionLike } from '../hooks/useOpinionDraft';
import { OpinionDeadline } from './Deadline';
import { Pane } from './Pane';
import { EntryHeading } from './EntryHeading';
import { MyOpinionCard } from './MyOpinionCard';
import { NewOpinionForm } from './NewOpinionForm';
import { MemberOpinionStateChip, OpinionKindChip } from './OpinionChips';
import { SheetPane } from './SheetPane';
import { TagLegend } from './TagLegend';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';

type Entry = Data['myAssignedEntries'][number];
type Cycle = Data['cycle'];

/** The sheet on one side, the member's opinions on the other: one entry of a member's to-do list. */
export function MemberEntryWorkspace({ cycleId, projectId }: { cycleId: string; projectId: string }) {
  const { t: ot } = useTranslation('opinions');
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MyAssignedEntriesQuery, { variables: { cycleId } });
  const entry = data?.myAssignedEntries.find((e) => e.id === projectId);
  usePageTitle(entry?.name, ot('mine.title'));

  const reload = useCallback(
    async (opinionId: string): Promise<OpinionLike | null> => {
      const { data: latest } = await client.query({ query: MyAssignedEntriesQuery, variables: { cycleId }, fetchPolicy: 'network-only' });
      return latest?.myAssignedEntries.flatMap((e) => e.memberOpinions).find((o) => o.id === opinionId) ?? null;
    },
    [client, cycleId],
  );

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {data && !entry && <Alert severity="warning">{ot('common.entryNotFound')}</Alert>}
      {data && entry && <Workspace entry={entry} cycle={data.cycle} reload={reload} refetch={refetch} />}
    </QueryState>
  );
}

function Workspace({ entry, cycle, reload, refetch }: { entry: Entry; cycle: Cycle; reload: (id: string) => Promise<OpinionLike | null>; refetch: () => Promise<unknown> }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const { user } = useSession();
  const mine = entry.memberOpinions.filter((o) => o.memberId === user?.memberId);
  const others = entry.memberOpinions.filter((o) => o.memberId !== user?.memberId);
  const inCheck = cycle.phase === 'CHECK';

  return (
    <>
      <EntryHeading entry={entry} fiscalYear={cycle.fiscalYear} back={{ to: `/opinions?year=${cycle.fiscalYear}`, label: ot('common.backToMine') }} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 1.5 }}>
        <OpinionDeadline deadline={cycle.opinionDeadline} />
      </Box>
      {!inCheck && (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {ot('common.notInCheck', { phase: label(CYCLE_PHASE_LABELS[cycle.phase]) })}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 2, alignItems: 'start' }}>
        <Pane title={ot('entry.sheet')} testId="sheet-pane">
          <SheetPane projectId={entry.id} fiscalYear={cycle.fiscalYear} cyclePhase={cycle.phase} />
        </Pane>
        <Pane title={ot('entry.myOpinions')} testId="opinions-pane">
          <Stack spacing={1.5}>
            {mine.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {ot('entry.noMine')}
              </Typography>
            )}
            {mine.map((o) => (
              <MyOpinionCard key={o.id} opinion={o} reload={() => reload(o.id)} />
            ))}
            {inCheck && <NewOpinionForm projectId={entry.id} onAdded={refetch} />}
          </Stack>
          <Section title={ot('entry.others')} help={ot('entry.othersHelp')} testId="others-opinions">
            {others.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {ot('entry.noOthers')}
              </Typography>
            ) : (
              <Stack spacing={1}>
                {others.map((o) => (
                  <Paper key={o.id} variant="outlined" sx={{ p: 1.25 }} data-testid="other-opinion">
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
                      <Typography variant="body2" sx={{ fontWeight: 700 }}>
                        {o.author.name}
                      </Typography>
                      <OpinionKindChip kind={o.kind} />
                      <MemberOpinionStateChip state={o.state} />
                    </Box>
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                      {o.text}
                    </Typography>
                  </Paper>
                ))}
              </Stack>
            )}
          </Section>
          <Section title={ot('entry.council')} testId="entry-council-opinions">
            {entry.councilOpinions.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {ot('entry.noCouncil')}
              </Typography>
            ) : (
              <Stack spacing={0.75}>
                {entry.councilOpinions.map((c) => (
                  <Box key={c.id} sx={{ display: 'flex', gap: 1 }}>
                    <Typography sx={{ fontWeight: 700, color: 'primary.main', flexShrink: 0 }}>{c.mark}</Typography>
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                      {c.text} <TagMarks tags={c.tags} />
                    </Typography>
                  </Box>
                ))}
                {/* the legend of the marks used above, as the printed report has it */}
                <TagLegend tags={uniqueTags(entry.councilOpinions.flatMap((c) => c.tags))} />
              </Stack>
            )}
          </Section>
        </Pane>
      </Box>
    </>
  );
}

function Section({ title, help, testId, children }: { title: string; help?: string; testId: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title} data-testid={testId} sx={{ mt: 3 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      {help && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {help}
        </Typography>
      )}
      {children}
    </Box>
  );
}

const uniqueTags = <T extends { id: string }>(tags: T[]): T[] => [...new Map(tags.map((t) => [t.id, t])).values()];
