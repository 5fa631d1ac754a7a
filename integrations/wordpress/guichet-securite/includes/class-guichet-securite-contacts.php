<?php
/**
 * Local contacts: the same rules as the elements' own reader
 * (src/catalogue/local-contacts.ts), in PHP, so a refused entry is named on
 * save. The shape, its order and its messages are read by
 * class-guichet-securite-contact-reader.php, generated from
 * data/local-contacts.schema.json as the elements' reader is (decision 0034);
 * this file holds the checks written by hand (the schema's formats). A test
 * runs both readers on the library's hostile-input corpus and expects the
 * same verdicts.
 *
 * Plain PHP, no WordPress function: it can be tested on its own.
 *
 * @package GuichetSecurite
 */

if ( ! defined( 'ABSPATH' ) && ! defined( 'GUICHET_SECURITE_TESTING' ) ) {
	exit;
}

require_once __DIR__ . '/class-guichet-securite-contact-reader.php';

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
	const MAX_DEPTH    = 64;
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
	 * The digits one dials for a number (0 and nine digits for a French E.164 one).
	 *
	 * @param string $number Number.
	 * @return string
	 */
	private static function dialled( $number ) {
		return 0 === strpos( $number, '+33' ) ? '0' . substr( $number, 3 ) : ltrim( $number, '+' );
	}

	/**
	 * The refusal of the value at a field (the entry itself when the field is empty).
	 *
	 * @param string $field   The field.
	 * @param string $message Why.
	 * @return Guichet_Securite_Refused
	 */
	public static function refuse( $field, $message ) {
		return new Guichet_Securite_Refused( '' === $field ? '(entry)' : $field, $message );
	}

	/**
	 * The field of a key inside a field.
	 *
	 * @param string $field The field.
	 * @param string $key   The key.
	 * @return string
	 */
	public static function at( $field, $key ) {
		return '' === $field ? $key : $field . '.' . $key;
	}

	/**
	 * A JSON object (decoded as stdClass).
	 *
	 * @param mixed $value Value.
	 * @return bool
	 */
	public static function is_record( $value ) {
		return $value instanceof stdClass;
	}

	/**
	 * An own property of a decoded object, or null.
	 *
	 * @param stdClass $record Object.
	 * @param string   $key    Key.
	 * @return mixed
	 */
	public static function own( $record, $key ) {
		return property_exists( $record, $key ) ? $record->$key : null;
	}

	/**
	 * Whether an own property is present (JavaScript's `!== undefined`: a JSON null is present).
	 *
	 * @param stdClass $record Object.
	 * @param string   $key    Key.
	 * @return bool
	 */
	public static function has( $record, $key ) {
		return property_exists( $record, $key );
	}

	/**
	 * JavaScript's Number.isInteger: 1.0 is an integer too.
	 *
	 * @param mixed $value Value.
	 * @return bool
	 */
	public static function is_integer( $value ) {
		return is_int( $value ) || ( is_float( $value ) && floor( $value ) === $value );
	}

	/**
	 * A text, or { fr, en } (English defaults to French): trimmed, not empty, at most maxLength characters.
	 *
	 * @param mixed  $value   Value.
	 * @param string $field   Field.
	 * @param array  $options The schema's maxLength.
	 * @return array { fr, en }
	 * @throws Guichet_Securite_Refused When refused.
	 */
	public static function text( $value, $field, $options ) {
		$max  = isset( $options['maxLength'] ) ? $options['maxLength'] : 600;
		$read = function ( $item, $where ) use ( $max ) {
			if ( ! is_string( $item ) || '' === self::trim( $item ) ) {
				throw self::refuse( $where, 'must be a non-empty text' );
			}
			if ( self::length( $item ) > $max ) {
				throw self::refuse( $where, 'is longer than ' . $max . ' characters' );
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
			throw self::refuse( $field, 'must be a text, or { "fr": …, "en": … }' );
		}
		$fr = $read( self::own( $value, 'fr' ), $field . '.fr' );
		$en = self::has( $value, 'en' ) ? $read( self::own( $value, 'en' ), $field . '.en' ) : $fr;
		return array(
			'fr' => $fr,
			'en' => $en,
		);
	}

	/**
	 * The checks the schema names by format, which a shape cannot say: ids not taken, the catalogue's
	 * kinds and categories, https: addresses, dialable phones, dates not in the future.
	 *
	 * @param array  $ids   Ids already taken.
	 * @param string $today Today.
	 * @return array Callables by format.
	 */
	private function hooks( array $ids, $today ) {
		$one_of = function ( array $known ) {
			return function ( $value, $field ) use ( $known ) {
				if ( ! is_string( $value ) || ! in_array( $value, $known, true ) ) {
					throw self::refuse( $field, 'must be one of ' . implode( ', ', $known ) );
				}
				return $value;
			};
		};
		return array(
			'new-id'        => function ( $id, $field ) use ( $ids ) {
				if ( isset( $ids[ $id ] ) ) {
					throw self::refuse( $field, '"' . $id . '" is already used' );
				}
				return $id;
			},
			'kind'          => $one_of( $this->known['kinds'] ),
			'category'      => $one_of( $this->known['categories'] ),
			'text'          => array( self::class, 'text' ),
			'alias'         => function ( $value, $field, $options ) {
				return self::text( $value, $field, $options )['fr'];
			},
			'https-url'     => function ( $value, $field, $options ) {
				if ( ! self::is_https_url( $value ) ) {
					throw self::refuse( $field, $options['message'] );
				}
				return $value;
			},
			'phone'         => function ( $phone, $field ) {
				$number  = $phone['number'];
				$display = $phone['display'];
				if ( ! preg_match( '/^(\d{2,6}|\+[1-9]\d{7,14})$/', $number ) ) {
					throw self::refuse( $field, '"' . $number . '" is not a short number or an E.164 number' );
				}
				if ( 0 === strpos( $number, '+33' ) && 12 !== strlen( $number ) ) {
					throw self::refuse( $field, '"' . $number . '" is not a French number (+33 and nine digits)' );
				}
				$shown = preg_replace( '/\s/u', '', $display );
				if ( ! preg_match( '/^\+?\d+$/', $shown ) ) {
					throw self::refuse( $field, 'display "' . $display . '" has characters other than digits and spaces' );
				}
				if ( ltrim( $shown, '+' ) !== ltrim( $number, '+' ) && self::dialled( $number ) !== $shown ) {
					throw self::refuse( $field, 'display "' . $display . '" does not show the number "' . $number . '"' );
				}
				return $phone;
			},
			'not-future'    => function ( $value, $field ) use ( $today ) {
				if ( strcmp( $value, $today ) > 0 ) {
					throw self::refuse( $field, 'must be a date (YYYY-MM-DD), not in the future' );
				}
				return $value;
			},
			'opening-range' => function ( $range, $field ) {
				if ( strcmp( $range['opens'], $range['closes'] ) >= 0 ) {
					throw self::refuse( $field, 'opens and closes must be HH:MM, opens before closes' );
				}
				return $range;
			},
		);
	}

	/**
	 * One entry, refused whole at its first problem: its shape read by the generated reader.
	 *
	 * @param mixed  $value Entry.
	 * @param array  $ids   Ids already taken.
	 * @param string $today Today.
	 * @return array The entry in the elements' shape, known fields only.
	 * @throws Guichet_Securite_Refused When refused.
	 */
	private function entry( $value, array $ids, $today ) {
		return Guichet_Securite_Contact_Reader::read( $value, '', $this->hooks( $ids, $today ) );
	}
}
