import { graphql } from '../../../generated';

/** One page of the audit trail, newest first, with the people for the filter. */
export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilterInput!) {
    auditEvents(filter: $filter) {
      hasMore
      nextCursor
      events {
        id
        at
        action
        entityType
        entityId
        recordLabel
        actorName
        reason
        changes {
          field
          before
          after
        }
      }
    }
    auditActors {
      id
      name
    }
  }
`);
