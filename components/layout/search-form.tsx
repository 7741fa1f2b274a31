/** A GET search form that opens browse with `q`. Works without JavaScript. */
export function SearchForm({
  id,
  placeholder,
  withButton = false,
  className = "",
}: {
  id: string;
  placeholder: string;
  withButton?: boolean;
  className?: string;
}) {
  return (
    <form action="/postmortems" role="search" className={`flex items-center gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Search postmortems
      </label>
      <input id={id} name="q" type="search" placeholder={placeholder} className={withButton ? "input" : "input md:w-52 xl:w-32"} maxLength={200} />
      {withButton && (
        <button type="submit" className="btn">
          Search
        </button>
      )}
    </form>
  );
}
