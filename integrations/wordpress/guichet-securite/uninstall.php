<?php
/**
 * Removes what the plugin stored: its one option (on every site of a network).
 *
 * @package GuichetSecurite
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $guichet_securite_site ) {
		switch_to_blog( $guichet_securite_site );
		delete_option( 'guichet_securite_contacts' );
		restore_current_blog();
	}
} else {
	delete_option( 'guichet_securite_contacts' );
}
