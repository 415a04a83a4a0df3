import { Field, ObjectType } from "type-graphql";
import { type EventCoding } from "../../domain/event-codes.js";
import { PloverTypeEnum } from "./vocabulary.enum.js";

@ObjectType({
  description: "A CAMEO event code (codebook 1.1b3), as GDELT and ICEWS code events.",
})
export class EventCode {
  @Field(() => String, { description: 'The code, e.g. "040".' })
  code!: string;

  @Field(() => String, { description: 'The codebook label, e.g. "Consult, not specified below".' })
  label!: string;
}

@ObjectType({ description: "A PLOVER event type and mode, as POLECAT codes events." })
export class PloverEvent {
  @Field(() => PloverTypeEnum)
  type!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The codebook\'s mode word ("visit", "phone", "multilateral", "disapprove"); null when unknown.',
  })
  mode!: string | null;
}

/** The GraphQL values of a fact's codes (docs/event-codes.md). */
export function toEventCode(coding: EventCoding): EventCode {
  return { code: coding.cameo.code, label: coding.cameo.label };
}

export function toPloverEvent(coding: EventCoding): PloverEvent | null {
  return coding.plover === null ? null : { type: coding.plover.type, mode: coding.plover.mode };
}
