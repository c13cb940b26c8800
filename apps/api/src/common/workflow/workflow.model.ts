import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The GraphQL types every workflow shares, in one shape (STYLE.md items 5 and 13): `<Name>Action`, what the
 * caller may do with a record now (from `actionsFor`), and `<Name>Transition`, one recorded transition.
 * Each workflow gets its own pair so its events and states stay typed enums for the client.
 */
export function workflowTypes<E extends object, S extends object>(name: string, eventEnum: E, stateEnum: S) {
  @ObjectType(`${name}Action`, { description: `What the caller may do with the ${name} now (the server decides; the client shows it).` })
  class Action {
    @Field(() => eventEnum) event: string;
    /** The state the event leads to. */
    @Field(() => stateEnum) toState: string;
    @Field({ description: 'A comment (or reason) is required.' }) requiresComment: boolean;
    @Field(() => [String], { description: 'Codes of the preconditions that fail now (labels in libs/domain).' }) failedPreconditions: string[];
    @Field({ description: 'The caller may override the failed preconditions with a written reason.' }) mayOverride: boolean;
  }

  @ObjectType(`${name}Transition`, { description: `One recorded transition of a ${name}.` })
  class Transition {
    @Field(() => ID) id: string;
    @Field(() => eventEnum) event: string;
    @Field(() => stateEnum) fromState: string;
    @Field(() => stateEnum) toState: string;
    @Field(() => String, { nullable: true }) actorName: string | null;
    @Field(() => String, { nullable: true, description: 'The comment or reason (null where the caller may not read it).' }) comment: string | null;
    @Field(() => [String], { description: 'Codes of the preconditions that were overridden.' }) overridden: string[];
    @Field() at: Date;
  }
  return { Action, Transition };
}

/** A kit action as the GraphQL type carries it. */
export function toActionModel(a: { event: string; to: string; requiresComment: boolean; failedPreconditions: string[]; mayOverride: boolean }) {
  return { event: a.event, toState: a.to, requiresComment: a.requiresComment, failedPreconditions: a.failedPreconditions, mayOverride: a.mayOverride };
}
