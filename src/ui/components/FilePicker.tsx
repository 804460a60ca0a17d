import { useId } from 'react';

/**
 * A file picker drawn as a button in the interface's language: the browser's own control says
 * "Choose File" in the browser's language, whatever the interface's. The input stays, hidden,
 * for the keyboard and screen readers (its label is the button's text).
 */
export function FilePicker({
  label,
  accept,
  onFile,
}: {
  label: string;
  accept: string;
  onFile(file: File): void;
}) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that the same file chosen again is read again.
          event.target.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      <label htmlFor={id} className="button-like">
        {label}
      </label>
    </>
  );
}
