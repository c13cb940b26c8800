import { graphql } from '../../../generated';

/** Everything a home shows, for the caller's role (the server fills one section). */
export const HomeQuery = graphql(`
  query Home {
    home {
      today
      staff {
        departmentName
        sheets {
          id
          projectId
          projectName
          fiscalYear
          state
          deadline {
            date
            daysLeft
          }
          lastActivity {
            kind
            at
            byName
            comment
          }
        }
        responses {
          projectId
          projectName
          fiscalYear
          unanswered
          drafts
          returned
          submitted
          approved
        }
      }
      member {
        entries {
          projectId
          projectName
          fiscalYear
          deadline {
            date
            daysLeft
          }
          status
          late
          opinionsAwaited
          draftCount
          submittedCount
          adoptedCount
          notedCount
          councilConfirmedCount
          sheetId
        }
      }
      secretariat {
        cycles {
          cycleId
          fiscalYear
          phase
          sheetDeadline {
            date
            daysLeft
          }
          opinionDeadline {
            date
            daysLeft
          }
          sheetCount
          sheetsSubmitted
          sheetsReturned
          sheetsAccepted
          entriesToConsolidate
          opinionsToConsolidate
          councilDraftCount
          responsesSubmitted
          opinionsUnanswered
          lateMembers {
            memberId
            name
            entries
          }
        }
      }
      admin {
        activeUsers
        inactiveUsers
        lockedUsers
      }
    }
  }
`);
