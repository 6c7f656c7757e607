/**
 * The subset of Adaptive Card schema 1.5 that Utblick sends. Keeping the types narrow means the renderers
 * cannot produce an element or property that Teams does not know.
 */
export const CARD_VERSION = '1.5';
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
export type TextColor = 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';

export type TextBlock = {
  type: 'TextBlock';
  /** Adaptive Card markdown: always produced by `cardText`, never raw user or document text. */
  text: string;
  wrap: true;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Default' | 'Bolder';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  style?: 'heading';
};

export type Fact = { title: string; value: string };
export type FactSet = { type: 'FactSet'; facts: Fact[]; spacing?: Spacing };

export type SubmitAction = {
  type: 'Action.Submit';
  title: string;
  data: Record<string, string>;
  style?: 'default' | 'positive' | 'destructive';
  associatedInputs?: 'auto' | 'none';
};

export type ActionSet = { type: 'ActionSet'; actions: SubmitAction[]; spacing?: Spacing };

type InputBase = { id: string; label: string; isRequired: boolean; errorMessage?: string; spacing?: Spacing };
export type TextInput = InputBase & {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  maxLength?: number;
  isMultiline?: boolean;
};
export type DateInput = InputBase & { type: 'Input.Date'; value?: string; placeholder?: string };
export type ChoiceSetInput = InputBase & {
  type: 'Input.ChoiceSet';
  choices: { title: string; value: string }[];
  style: 'compact' | 'expanded';
  value?: string;
  placeholder?: string;
};
export type Input = TextInput | DateInput | ChoiceSetInput;

export type Container = {
  type: 'Container';
  items: Element[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  spacing?: Spacing;
  separator?: boolean;
};

export type Element = TextBlock | FactSet | ActionSet | Container | Input;

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: typeof CARD_SCHEMA;
  version: typeof CARD_VERSION;
  body: Element[];
  /** Read by screen readers and by clients that cannot render the card. */
  fallbackText?: string;
  speak?: string;
};

export type CardAttachment = { contentType: typeof CARD_CONTENT_TYPE; content: AdaptiveCard };

export function card(body: Element[], fallbackText: string): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: CARD_VERSION, body, fallbackText };
}

export function attachment(content: AdaptiveCard): CardAttachment {
  return { contentType: CARD_CONTENT_TYPE, content };
}
