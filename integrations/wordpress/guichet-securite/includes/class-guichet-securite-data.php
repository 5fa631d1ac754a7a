<?php
/**
 * The data the build writes for the plugin (data/plugin-data.json): the
 * drop-in's file name and hash, the services, kinds, categories, help lines
 * and the finder's starting points.
 *
 * @package GuichetSecurite
 */

defined( 'ABSPATH' ) || exit;

/**
 * Read-only access to the plugin's data.
 */
class Guichet_Securite_Data {
	/**
	 * Decoded data, once per request.
	 *
	 * @var array|null
	 */
	private static $data = null;

	/**
	 * The whole data.
	 *
	 * @return array
	 */
	public static function get() {
		if ( null === self::$data ) {
			$path       = GUICHET_SECURITE_DIR . '/data/plugin-data.json';
			$text       = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
			$decoded    = false === $text ? null : json_decode( $text, true );
			self::$data = is_array( $decoded ) ? $decoded : array(
				'version'    => '',
				'file'       => '',
				'integrity'  => '',
				'packs'      => array(),
				'kinds'      => array(),
				'categories' => array(),
				'services'   => array(),
				'lines'      => array(),
				'starts'     => array(),
				'outcomes'   => array(),
			);
		}
		return self::$data;
	}

	/**
	 * Ids of a list of records.
	 *
	 * @param string $key kinds, categories, services or starts.
	 * @return string[]
	 */
	public static function ids( $key ) {
		return array_column( self::get()[ $key ], 'id' );
	}

	/**
	 * One service by id.
	 *
	 * @param string $id Id.
	 * @return array|null
	 */
	public static function service( $id ) {
		foreach ( self::get()['services'] as $service ) {
			if ( $service['id'] === $id ) {
				return $service;
			}
		}
		return null;
	}

	/**
	 * The id of a help line given by id or by number.
	 *
	 * @param string $key Id or number.
	 * @return string
	 */
	public static function line_id( $key ) {
		foreach ( self::get()['lines'] as $line ) {
			if ( $line['id'] === $key || in_array( $key, $line['numbers'], true ) ) {
				return $line['id'];
			}
		}
		return $key;
	}

	/**
	 * A text in a language.
	 *
	 * @param array  $text { fr, en }.
	 * @param string $lang fr or en.
	 * @return string
	 */
	public static function text( $text, $lang ) {
		return isset( $text[ $lang ] ) ? $text[ $lang ] : $text['fr'];
	}

	/**
	 * A reader of local contacts with the catalogue's ids, kinds and categories.
	 *
	 * @param string[] $taken Ids already used (e.g. the site's contacts, for a page's own).
	 * @return Guichet_Securite_Contacts
	 */
	public static function contacts_reader( array $taken = array() ) {
		return new Guichet_Securite_Contacts( array_merge( self::ids( 'services' ), $taken ), self::ids( 'kinds' ), self::ids( 'categories' ) );
	}
}
