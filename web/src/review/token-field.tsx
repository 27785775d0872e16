import { useState } from 'preact/hooks';

/** Where the reviewer pastes the token `armstrace token create` printed. */
export function TokenField({ token, onSave }: { token: string; onSave: (token: string) => void }) {
  const [text, setText] = useState(token);
  return (
    <form
      class="token-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <label class="field">
        <span>Review token</span>
        <input
          type="password"
          name="token"
          autocomplete="off"
          placeholder="paste the token from `armstrace token create`"
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          onBlur={() => text.trim() !== token && onSave(text)}
        />
      </label>
      <span class={`token-state ${token ? 'set' : 'unset'}`}>
        {token ? 'token set for this tab' : 'no token: actions will be refused'}
      </span>
      {token ? (
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setText('');
            onSave('');
          }}
        >
          Forget
        </button>
      ) : (
        <button type="submit">Use token</button>
      )}
    </form>
  );
}
