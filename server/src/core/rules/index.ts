import { activityWithoutPractice } from './activity-without-practice';
import { assessmentMethodMismatch } from './assessment-method-mismatch';
import { assessmentWithoutObjective } from './assessment-without-objective';
import { duplicateId } from './duplicate-id';
import { fileSkipped } from './file-skipped';
import { factorNotAssessed } from './factor-not-assessed';
import { frontMatterSyntax } from './front-matter-syntax';
import { gapNotSkills } from './gap-not-skills';
import { invalidId } from './invalid-id';
import { invalidValue } from './invalid-value';
import { lessonNotPretested } from './lesson-not-pretested';
import { lessonWithoutObjectives } from './lesson-without-objectives';
import { missingId } from './missing-id';
import { missingStatement } from './missing-statement';
import { nonTrainingFactors } from './non-training-factors';
import { objectiveMissingCondition } from './objective-missing-condition';
import { objectiveMissingCriterion } from './objective-missing-criterion';
import { objectiveNotAssessed } from './objective-not-assessed';
import { objectiveNotMeasurable } from './objective-not-measurable';
import { objectiveWithoutActivity } from './objective-without-activity';
import { objectiveWithoutSkill } from './objective-without-skill';
import { placeholderText } from './placeholder-text';
import type { Rule } from './rule';
import { skillWithoutObjective } from './skill-without-objective';
import { taskWithoutSkills } from './task-without-skills';
import { taskWithoutSupport } from './task-without-support';
import { unknownReference } from './unknown-reference';
import { unknownType } from './unknown-type';
import { wrongReferenceKind } from './wrong-reference-kind';

/** Every rule, contract rules first in contract order, then this implementation's extensions. */
export const RULES: readonly Rule[] = [
  frontMatterSyntax, unknownType, missingId, invalidId, duplicateId, unknownReference, wrongReferenceKind,
  missingStatement, objectiveNotMeasurable, objectiveMissingCondition, objectiveMissingCriterion,
  objectiveWithoutSkill, objectiveNotAssessed, objectiveWithoutActivity, assessmentWithoutObjective,
  taskWithoutSkills, skillWithoutObjective, lessonWithoutObjectives, gapNotSkills, nonTrainingFactors,
  factorNotAssessed, placeholderText, lessonNotPretested, taskWithoutSupport,
  assessmentMethodMismatch, activityWithoutPractice, invalidValue, fileSkipped,
];

export const RULE_CODES: ReadonlySet<string> = new Set(RULES.map(rule => rule.code));

export function ruleFor(code: string): Rule | undefined {
  return RULES.find(rule => rule.code === code);
}

export type { DesignView, Rule, RuleContext } from './rule';
