import {
  codeMeeting,
  codeParticipation,
  codePosition,
  countryCountOf,
  type EventCoding,
  type MeetingFacts,
} from "../domain/event-codes.js";
import { type ExportMeeting, type ExportParticipant, type ExportPosition } from "./export-rows.js";

// The interchange codes of exported facts, from the same attributes the API uses, so
// that an export and the API never disagree about a meeting's code.
function meetingFacts(meeting: ExportMeeting): MeetingFacts {
  return {
    kind: meeting.kind,
    status: meeting.status,
    agreements: meeting.agreements,
    countryCount: countryCountOf(meeting.countryKey),
  };
}

export function meetingCoding(meeting: ExportMeeting): EventCoding {
  return codeMeeting(meetingFacts(meeting));
}

export function participationCoding(
  meeting: ExportMeeting,
  participant: ExportParticipant,
): EventCoding {
  return codeParticipation(meetingFacts(meeting), participant.role);
}

export function positionCoding(position: ExportPosition): EventCoding {
  return codePosition(position);
}
