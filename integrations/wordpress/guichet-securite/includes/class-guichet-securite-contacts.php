<?php
/**
 * Local contacts: the same rules as the elements' own reader
 * (src/catalogue/local-contacts.ts), in PHP, so a refused entry is named on
 * save. A test runs both readers on the library's hostile-input corpus and
 * expects the same verdicts.
 *
 * Plain PHP, no WordPress function: it can be tested on its own.
 *
 * @package GuichetSecurite
 */

if ( ! defined( 'ABSPATH' ) && ! defined( 'GUICHET_SECURITE_TESTING' ) ) {
	exit;
}

/**
 * Thrown inside the reader when an entry is refused; carries the field.
 */
class Guichet_Securite_Refused extends Exception {
	/**
	 * The field that was refused, e.g. `access.website`.
	 *
	 * @var string
	 */
	public $field;

	/**
	 * @param string $field   The field.
	 * @param string $message Why.
	 */
	public function __construct( $field, $message ) {
		parent::__construct( $message );
		$this->field = $field;
	}
}

/**
 * Reads and checks a site's local contacts.
 */
class Guichet_Securite_Contacts {
	const MAX_CONTACTS = 50;
	const MAX_TEXT     = 600;
	const MAX_SHORT    = 160;
	const MAX_LIST     = 12;
	const MAX_DEPTH    = 64;
	const ID           = '/^[a-z0-9]+(-[a-z0-9]+)*$/';
	const DATE         = '/^\d{4}-\d{2}-\d{2}$/';
	const TIME         = '/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/';
	const EMAIL        = '/^[^\s@<>"\':\/\\\\]+@[a-z0-9.-]+\.[a-z]{2,}$/iu';
	const DEPARTMENT   = '/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/';
	/** What JavaScript's trim() removes. */
	const SPACE = '[\s\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';

	/**
	 * Known ids, kinds and categories.
	 *
	 * @var array
	 */
	private $known;

	/**
	 * @param string[] $service_ids The catalogue's ids (a contact may not reuse one).
	 * @param string[] $kinds       The catalogue's kinds.
	 * @param string[] $categories  The catalogue's categories.
	 */
	public function __construct( array $service_ids, array $kinds, array $categories ) {
		$this->known = array(
			'ids'        => array_fill_keys( $service_ids, true ),
			'kinds'      => $kinds,
			'categories' => $categories,
		);
	}

	/**
	 * Reads contacts from a JSON text (or an already decoded value).
	 *
	 * @param mixed  $input A JSON text, or a decoded list.
	 * @param string $today Today, YYYY-MM-DD (a `checked` date may not be later).
	 * @return array { entries: array[] (accepted, in the elements' input shape), problems: array[] ({entry, field, message}) }
	 */
	public function parse( $input, $today ) {
		$value = $input;
		if ( is_string( $input ) ) {
			$value = self::decode( $input, $error );
			if ( null !== $error ) {
				return array(
					'entries'  => array(),
					'problems' => array( self::problem( '(local contacts)', '(json)', 'not valid JSON: ' . $error ) ),
				);
			}
		}
		if ( $value instanceof stdClass && isset( $value->contacts ) && is_array( $value->contacts ) ) {
			$value = $value->contacts;
		}
		if ( ! is_array( $value ) ) {
			return array(
				'entries'  => array(),
				'problems' => array( self::problem( '(local contacts)', '(root)', 'must be a list of contacts' ) ),
			);
		}
		$entries  = array();
		$problems = array();
		$ids      = $this->known['ids'];
		foreach ( array_slice( $value, 0, self::MAX_CONTACTS ) as $index => $item ) {
			$raw_id = $item instanceof stdClass ? self::own( $item, 'id' ) : null;
			$name   = is_string( $raw_id ) && self::length( $raw_id ) <= 64 ? $raw_id : '#' . ( $index + 1 );
			try {
				$accepted                   = $this->entry( $item, $ids, $today );
				$ids[ $accepted['id'] ]     = true;
				$entries[]                  = $accepted;
			} catch ( Guichet_Securite_Refused $refused ) {
				$problems[] = self::problem( $name, $refused->field, $refused->getMessage() );
			}
		}
		if ( count( $value ) > self::MAX_CONTACTS ) {
			$problems[] = self::problem( '(local contacts)', '(root)', 'only the first ' . self::MAX_CONTACTS . ' contacts are read' );
		}
		return array(
			'entries'  => $entries,
			'problems' => $problems,
		);
	}

	/**
	 * A problem as one line: `entry: field: message`.
	 *
	 * @param array $problem A problem.
	 * @return string
	 */
	public static function format( array $problem ) {
		return $problem['entry'] . ': ' . $problem['field'] . ': ' . $problem['message'];
	}

	/**
	 * Decodes JSON as JavaScript would: objects stay objects (so `[]` and `{}` differ),
	 * lone surrogates become U+FFFD. One difference: PHP's parser cannot read very deep
	 * nesting, so more than MAX_DEPTH levels refuses the whole text (the elements refuse
	 * only the entry); a contact needs five.
	 *
	 * @param string      $text  JSON.
	 * @param string|null $error Set to a message on failure, else null.
	 * @return mixed
	 */
	private static function decode( $text, &$error ) {
		$error = null;
		// A lone surrogate escape (\uD800 not followed by a low one, or a low one alone): U+FFFD, as JavaScript's reader does after JSON.parse.
		$text  = preg_replace( '/(?<!\\\\)((?:\\\\\\\\)*)\\\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\\\u[dD][c-fC-F][0-9a-fA-F]{2})/', '$1\\\\ufffd', $text );
		$text  = preg_replace( '/(?<!\\\\u[dD][89abAB][0-9a-fA-F]{2})(?<!\\\\)((?:\\\\\\\\)*)\\\\u[dD][c-fC-F][0-9a-fA-F]{2}/', '$1\\\\ufffd', $text );
		$value = json_decode( $text, false, self::MAX_DEPTH, JSON_INVALID_UTF8_SUBSTITUTE );
		if ( JSON_ERROR_DEPTH === json_last_error() ) {
			$error = 'nested more than ' . self::MAX_DEPTH . ' levels deep';
			return null;
		}
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			$error = json_last_error_msg();
			return null;
		}
		return $value;
	}

	/**
	 * @param string $entry   Entry name.
	 * @param string $field   Field.
	 * @param string $message Message.
	 * @return array
	 */
	private static function problem( $entry, $field, $message ) {
		return array(
			'entry'   => $entry,
			'field'   => $field,
			'message' => $message,
		);
	}

	/**
	 * An own property of a decoded object, or null (JSON's `null` reads as absent too, as `undefined` would not: see callers).
	 *
	 * @param stdClass $record Object.
	 * @param string   $key    Key.
	 * @return mixed
	 */
	private static function own( $record, $key ) {
		return property_exists( $record, $key ) ? $record->$key : null;
	}

	/**
	 * Whether an own property is present (JavaScript's `!== undefined`: a JSON null is present).
	 *
	 * @param stdClass $record Object.
	 * @param string   $key    Key.
	 * @return bool
	 */
	private static function has( $record, $key ) {
		return property_exists( $record, $key );
	}

	/**
	 * Length in UTF-16 code units, as JavaScript counts.
	 *
	 * @param string $text Text.
	 * @return int
	 */
	private static function length( $text ) {
		return (int) ( strlen( mb_convert_encoding( $text, 'UTF-16LE', 'UTF-8' ) ) / 2 );
	}

	/**
	 * JavaScript's trim().
	 *
	 * @param string $text Text.
	 * @return string
	 */
	private static function trim( $text ) {
		return preg_replace( '/^' . self::SPACE . '+|' . self::SPACE . '+$/u', '', $text );
	}

	/**
	 * A list (JSON array).
	 *
	 * @param mixed $value Value.
	 * @return bool
	 */
	private static function is_list( $value ) {
		return is_array( $value );
	}

	/**
	 * A text, or { fr, en }.
	 *
	 * @param mixed  $value Value.
	 * @param string $field Field.
	 * @param int    $max   Longest accepted.
	 * @return array { fr, en }
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private static function text( $value, $field, $max = self::MAX_TEXT ) {
		$read = function ( $item, $where ) use ( $max ) {
			if ( ! is_string( $item ) || '' === self::trim( $item ) ) {
				throw new Guichet_Securite_Refused( $where, 'must be a non-empty text' );
			}
			if ( self::length( $item ) > $max ) {
				throw new Guichet_Securite_Refused( $where, 'is longer than ' . $max . ' characters' );
			}
			return self::trim( $item );
		};
		if ( is_string( $value ) ) {
			$same = $read( $value, $field );
			return array(
				'fr' => $same,
				'en' => $same,
			);
		}
		if ( ! ( $value instanceof stdClass ) ) {
			throw new Guichet_Securite_Refused( $field, 'must be a text, or { "fr": …, "en": … }' );
		}
		$fr = $read( self::own( $value, 'fr' ), $field . '.fr' );
		$en = self::has( $value, 'en' ) ? $read( self::own( $value, 'en' ), $field . '.en' ) : $fr;
		return array(
			'fr' => $fr,
			'en' => $en,
		);
	}

	/**
	 * A list of at most MAX_LIST items, each read by $read.
	 *
	 * @param stdClass $record The entry.
	 * @param string   $key    Its key.
	 * @param string   $field  Field name for messages.
	 * @param callable $read   Reads one item ($item, $where).
	 * @return array
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private static function items( $record, $key, $field, $read ) {
		if ( ! self::has( $record, $key ) ) {
			return array();
		}
		return self::list_of( self::own( $record, $key ), $field, $read );
	}

	/**
	 * @param mixed    $value Value.
	 * @param string   $field Field.
	 * @param callable $read  Reader.
	 * @return array
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private static function list_of( $value, $field, $read ) {
		if ( ! self::is_list( $value ) ) {
			throw new Guichet_Securite_Refused( $field, 'must be a list' );
		}
		if ( count( $value ) > self::MAX_LIST ) {
			throw new Guichet_Securite_Refused( $field, 'has more than ' . self::MAX_LIST . ' items' );
		}
		$out = array();
		foreach ( $value as $index => $item ) {
			$out[] = $read( $item, $field . '[' . $index . ']' );
		}
		return $out;
	}

	/**
	 * An https: address as JavaScript's URL reads it: no spaces, no credentials, a dotted host.
	 *
	 * @param mixed $value Value.
	 * @return bool
	 */
	public static function is_https_url( $value ) {
		if ( ! is_string( $value ) || preg_match( '/\s/u', $value ) ) {
			return false;
		}
		if ( ! preg_match( '#^https://#i', $value ) ) {
			return false;
		}
		$parts = parse_url( $value );
		if ( false === $parts || empty( $parts['host'] ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
			return false;
		}
		return false !== strpos( $parts['host'], '.' ) && ! preg_match( '/[<>"\'`\\\\^{|}]/', $parts['host'] );
	}

	/**
	 * @param stdClass $record Access.
	 * @param string   $key    website or chat.
	 * @param string   $field  Field.
	 * @return string|null
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private static function https_link( $record, $key, $field ) {
		if ( ! self::has( $record, $key ) ) {
			return null;
		}
		$value = self::own( $record, $key );
		$url   = $value instanceof stdClass ? self::own( $value, 'url' ) : $value;
		if ( ! self::is_https_url( $url ) ) {
			throw new Guichet_Securite_Refused( $field, 'must be an https: address' );
		}
		return $url;
	}

	/**
	 * The digits one dials for a number (0 and nine digits for a French E.164 one).
	 *
	 * @param string $number Number.
	 * @return string
	 */
	private static function dialled( $number ) {
		return 0 === strpos( $number, '+33' ) ? '0' . substr( $number, 3 ) : ltrim( $number, '+' );
	}

	/**
	 * @param mixed  $value Value.
	 * @param string $field Field.
	 * @return array
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private static function phone( $value, $field ) {
		if ( ! ( $value instanceof stdClass ) ) {
			throw new Guichet_Securite_Refused( $field, 'must be { "number": …, "display": … }' );
		}
		$number  = self::own( $value, 'number' );
		$display = self::has( $value, 'display' ) && null !== self::own( $value, 'display' ) ? self::own( $value, 'display' ) : $number;
		if ( ! is_string( $number ) || ! is_string( $display ) ) {
			throw new Guichet_Securite_Refused( $field, 'number and display must be texts' );
		}
		if ( ! preg_match( '/^(\d{2,6}|\+[1-9]\d{7,14})$/', $number ) ) {
			throw new Guichet_Securite_Refused( $field, '"' . $number . '" is not a short number or an E.164 number' );
		}
		if ( 0 === strpos( $number, '+33' ) && 12 !== strlen( $number ) ) {
			throw new Guichet_Securite_Refused( $field, '"' . $number . '" is not a French number (+33 and nine digits)' );
		}
		$shown = preg_replace( '/\s/u', '', $display );
		if ( ! preg_match( '/^\+?\d+$/', $shown ) ) {
			throw new Guichet_Securite_Refused( $field, 'display "' . $display . '" has characters other than digits and spaces' );
		}
		if ( ltrim( $shown, '+' ) !== ltrim( $number, '+' ) && self::dialled( $number ) !== $shown ) {
			throw new Guichet_Securite_Refused( $field, 'display "' . $display . '" does not show the number "' . $number . '"' );
		}
		$phone = array(
			'number'  => $number,
			'display' => $display,
		);
		if ( 'free' === self::own( $value, 'cost' ) ) {
			$phone['cost'] = 'free';
		}
		return $phone;
	}

	/**
	 * @param stdClass $record Entry.
	 * @return array|null
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private static function hours( $record ) {
		if ( ! self::has( $record, 'hours' ) ) {
			return null;
		}
		$value = self::own( $record, 'hours' );
		if ( $value instanceof stdClass && true === self::own( $value, 'always' ) ) {
			return array( 'always' => true );
		}
		if ( ! ( $value instanceof stdClass ) || ! self::is_list( self::own( $value, 'weekly' ) ) ) {
			throw new Guichet_Securite_Refused( 'hours', 'must be { "always": true } or { "weekly": [...] }' );
		}
		$weekly = self::list_of(
			self::own( $value, 'weekly' ),
			'hours.weekly',
			function ( $range, $where ) {
				if ( ! ( $range instanceof stdClass ) ) {
					throw new Guichet_Securite_Refused( $where, 'must be { "days", "opens", "closes" }' );
				}
				$days   = self::own( $range, 'days' );
				$opens  = self::own( $range, 'opens' );
				$closes = self::own( $range, 'closes' );
				$valid  = is_array( $days ) && count( $days ) > 0 && count( $days ) <= 7;
				foreach ( $valid ? $days : array() as $day ) {
					// JavaScript's Number.isInteger: 1.0 is an integer too.
					$valid = $valid && ( is_int( $day ) || ( is_float( $day ) && floor( $day ) === $day ) ) && $day >= 1 && $day <= 7;
				}
				if ( ! $valid ) {
					throw new Guichet_Securite_Refused( $where . '.days', 'must list weekdays 1 (Monday) to 7 (Sunday)' );
				}
				if ( ! is_string( $opens ) || ! is_string( $closes ) || ! preg_match( self::TIME, $opens ) || ! preg_match( self::TIME, $closes ) || strcmp( $opens, $closes ) >= 0 ) {
					throw new Guichet_Securite_Refused( $where, 'opens and closes must be HH:MM, opens before closes' );
				}
				return array(
					'days'   => array_values( array_unique( array_map( 'intval', $days ) ) ),
					'opens'  => $opens,
					'closes' => $closes,
				);
			}
		);
		return array( 'weekly' => $weekly );
	}

	/**
	 * @param stdClass $record Entry.
	 * @return array
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private static function availability( $record ) {
		if ( ! self::has( $record, 'availability' ) ) {
			return array( 'national' => true );
		}
		$value = self::own( $record, 'availability' );
		if ( $value instanceof stdClass && true === self::own( $value, 'national' ) ) {
			return array( 'national' => true );
		}
		$departments = $value instanceof stdClass ? self::own( $value, 'departments' ) : null;
		if ( ! is_array( $departments ) || 0 === count( $departments ) ) {
			throw new Guichet_Securite_Refused( 'availability', 'must be { "national": true } or { "departments": [...] }' );
		}
		return array(
			'departments' => self::list_of(
				$departments,
				'availability.departments',
				function ( $item, $where ) {
					if ( ! is_string( $item ) || ! preg_match( self::DEPARTMENT, $item ) ) {
						throw new Guichet_Securite_Refused( $where, 'must be a département code such as "35", "2A", "974"' );
					}
					return $item;
				}
			),
		);
	}

	/**
	 * One entry, refused whole at its first problem.
	 *
	 * @param mixed  $value Entry.
	 * @param array  $ids   Ids already taken.
	 * @param string $today Today.
	 * @return array The entry in the elements' input shape, known fields only.
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private function entry( $value, array $ids, $today ) {
		if ( ! ( $value instanceof stdClass ) ) {
			throw new Guichet_Securite_Refused( '(entry)', 'must be an object' );
		}
		$id = self::own( $value, 'id' );
		if ( ! is_string( $id ) || ! preg_match( self::ID, $id ) || strlen( $id ) > 64 ) {
			throw new Guichet_Securite_Refused( 'id', 'must be lower-case letters, digits and dashes' );
		}
		if ( isset( $ids[ $id ] ) ) {
			throw new Guichet_Securite_Refused( 'id', '"' . $id . '" is already used' );
		}
		$kind = self::own( $value, 'kind' );
		if ( ! is_string( $kind ) || ! in_array( $kind, $this->known['kinds'], true ) ) {
			throw new Guichet_Securite_Refused( 'kind', 'must be one of ' . implode( ', ', $this->known['kinds'] ) );
		}
		$known_categories = $this->known['categories'];
		$categories       = self::items(
			$value,
			'categories',
			'categories',
			function ( $item, $where ) use ( $known_categories ) {
				if ( ! is_string( $item ) || ! in_array( $item, $known_categories, true ) ) {
					throw new Guichet_Securite_Refused( $where, 'must be one of ' . implode( ', ', $known_categories ) );
				}
				return $item;
			}
		);
		if ( 0 === count( $categories ) ) {
			throw new Guichet_Securite_Refused( 'categories', 'must name at least one category' );
		}
		$raw_access = self::own( $value, 'access' );
		if ( ! ( $raw_access instanceof stdClass ) ) {
			throw new Guichet_Securite_Refused( 'access', 'must say how to reach the contact' );
		}
		$email         = self::own( $raw_access, 'email' );
		$email_address = $email instanceof stdClass ? self::own( $email, 'address' ) : $email;
		$email_present = $email instanceof stdClass ? self::has( $email, 'address' ) : self::has( $raw_access, 'email' );
		if ( $email_present && ( ! is_string( $email_address ) || ! preg_match( self::EMAIL, $email_address ) ) ) {
			throw new Guichet_Securite_Refused( 'access.email', 'must be an e-mail address' );
		}
		$access  = array();
		$website = self::https_link( $raw_access, 'website', 'access.website' );
		$chat    = self::https_link( $raw_access, 'chat', 'access.chat' );
		if ( null !== $website ) {
			$access['website'] = $website;
		}
		if ( null !== $chat ) {
			$access['chat'] = $chat;
		}
		if ( self::has( $raw_access, 'phones' ) ) {
			$access['phones'] = self::list_of(
				self::own( $raw_access, 'phones' ),
				'access.phones',
				function ( $item, $where ) {
					return self::phone( $item, $where );
				}
			);
		}
		if ( is_string( $email_address ) ) {
			$access['email'] = $email_address;
		}
		if ( null === $website && null === $chat && empty( $access['phones'] ) && ! isset( $access['email'] ) ) {
			throw new Guichet_Securite_Refused( 'access', 'needs a website, chat, phone or e-mail' );
		}
		$checked = self::own( $value, 'checked' );
		if ( self::has( $value, 'checked' ) && '' !== $checked && ( ! is_string( $checked ) || ! preg_match( self::DATE, $checked ) || strcmp( $checked, $today ) > 0 ) ) {
			throw new Guichet_Securite_Refused( 'checked', 'must be a date (YYYY-MM-DD), not in the future' );
		}
		$sources = self::items(
			$value,
			'sources',
			'sources',
			function ( $item, $where ) {
				$url = $item instanceof stdClass ? self::own( $item, 'url' ) : $item;
				if ( ! self::is_https_url( $url ) ) {
					throw new Guichet_Securite_Refused( $where, 'must be an https: address' );
				}
				return $url;
			}
		);
		$texts = function ( $key ) use ( $value ) {
			return self::items(
				$value,
				$key,
				$key,
				function ( $item, $where ) {
					return self::text( $item, $where );
				}
			);
		};
		// Fields in the order the elements' reader checks them, so the first problem named is the same.
		$entry         = array(
			'id'         => $id,
			'kind'       => $kind,
			'categories' => $categories,
			'name'       => self::text( self::own( $value, 'name' ), 'name', self::MAX_SHORT ),
			'summary'    => self::text( self::own( $value, 'summary' ), 'summary' ),
		);
		$use_when      = $texts( 'useWhen' );
		$entry['access'] = $access;
		$hours         = self::hours( $value );
		$availability  = self::availability( $value );
		$requirements  = $texts( 'requirements' );
		$prepare       = $texts( 'prepare' );
		$notes         = $texts( 'notes' );
		$aliases       = self::items(
			$value,
			'aliases',
			'aliases',
			function ( $item, $where ) {
				return self::text( $item, $where, self::MAX_SHORT )['fr'];
			}
		);
		$outcomes      = self::items(
			$value,
			'outcomes',
			'outcomes',
			function ( $item, $where ) {
				if ( ! is_string( $item ) || ! preg_match( self::ID, $item ) ) {
					throw new Guichet_Securite_Refused( $where, 'must be a finder outcome id' );
				}
				return $item;
			}
		);
		foreach ( array(
			'useWhen'      => $use_when,
			'hours'        => $hours,
			'availability' => $availability,
			'requirements' => $requirements,
			'prepare'      => $prepare,
			'notes'        => $notes,
			'aliases'      => $aliases,
			'sources'      => $sources,
			'outcomes'     => $outcomes,
		) as $key => $item ) {
			if ( null !== $item && array() !== $item ) {
				$entry[ $key ] = $item;
			}
		}
		if ( is_string( $checked ) && '' !== $checked ) {
			$entry['checked'] = $checked;
		}
		return $entry;
	}
}
